import { apiRoute } from "@/lib/api/api-route";
import { created } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { issueToken } from "@/lib/accounts/issue-token";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

export const POST = apiRoute(apiV1.createUserToken, async ({ params, body, actor }) => {
  const { token, secret } = await issueToken(await getDb(), actor, { userId: params.id, ...body });
  return created({ data: token, secret });
});

export const OPTIONS = corsPreflight(["POST"]);
