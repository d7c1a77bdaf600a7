import { apiRoute } from "@/lib/api/api-route";
import { ok } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { removeModelAlias } from "@/lib/catalog/remove-model-alias";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

export const DELETE = apiRoute(apiV1.removeModelAlias, async ({ params, actor }) =>
  ok({ data: await removeModelAlias(await getDb(), actor, params.slug, params.aliasId) }),
);
export const OPTIONS = corsPreflight(["DELETE"]);
