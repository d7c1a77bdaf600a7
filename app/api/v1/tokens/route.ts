import { apiRoute } from "@/lib/api/api-route";
import { created, ok } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { issueToken } from "@/lib/accounts/issue-token";
import { listUserTokens } from "@/lib/accounts/list-tokens";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(apiV1.listTokens, async ({ actor }) => ok({ data: await listUserTokens(await getDb(), actor.userId) }));

export const POST = apiRoute(apiV1.createToken, async ({ body, actor }) => {
  const { token, secret } = await issueToken(await getDb(), actor, { userId: actor.userId, ...body });
  return created({ data: token, secret });
});

export const OPTIONS = corsPreflight(["GET", "POST"]);
