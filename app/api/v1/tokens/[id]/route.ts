import { apiRoute } from "@/lib/api/api-route";
import { ok } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { revokeToken } from "@/lib/accounts/revoke-token";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

export const DELETE = apiRoute(apiV1.revokeToken, async ({ params, actor }) =>
  ok({ data: await revokeToken(await getDb(), actor, params.id) }),
);

export const OPTIONS = corsPreflight(["DELETE"]);
