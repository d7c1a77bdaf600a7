import { apiRoute } from "@/lib/api/api-route";
import { created } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { recordLifecycleStep } from "@/lib/catalog/record-lifecycle-step";
import { redirectIfMoved } from "@/lib/api/v1/redirect-if-moved";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

export const POST = apiRoute(apiV1.recordLifecycleStep, async ({ params, body, actor }) => {
  const db = await getDb();
  return (await redirectIfMoved(db, params.slug, "/lifecycle")) ?? created({ data: await recordLifecycleStep(db, actor, params.slug, body) });
});
export const OPTIONS = corsPreflight(["POST"]);
