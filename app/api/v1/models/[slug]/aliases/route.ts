import { apiRoute } from "@/lib/api/api-route";
import { created } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { addModelAlias } from "@/lib/catalog/add-model-alias";
import { redirectIfMoved } from "@/lib/api/v1/redirect-if-moved";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

export const POST = apiRoute(apiV1.addModelAlias, async ({ params, body, actor }) => {
  const db = await getDb();
  return (await redirectIfMoved(db, params.slug, "/aliases")) ?? created({ data: await addModelAlias(db, actor, params.slug, body.alias) });
});
export const OPTIONS = corsPreflight(["POST"]);
