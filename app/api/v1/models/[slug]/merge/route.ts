import { apiRoute } from "@/lib/api/api-route";
import { ok } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { mergeModels } from "@/lib/catalog/merge-models";
import { redirectIfMoved } from "@/lib/api/v1/redirect-if-moved";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

export const POST = apiRoute(apiV1.mergeModel, async ({ params, body, actor }) => {
  const db = await getDb();
  return (await redirectIfMoved(db, params.slug, "/merge")) ?? ok({ data: await mergeModels(db, actor, params.slug, body) });
});
export const OPTIONS = corsPreflight(["POST"]);
