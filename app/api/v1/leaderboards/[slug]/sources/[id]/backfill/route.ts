import { apiRoute } from "@/lib/api/api-route";
import { ok } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { getDb } from "@/lib/db";
import { backfillUpload } from "@/lib/sources/backfill-upload";

export const dynamic = "force-dynamic";

export const POST = apiRoute(apiV1.backfillSource, async ({ params, body, actor }) => {
  const results = await backfillUpload(await getDb(), actor, params.slug, params.id, body.files);
  return ok({ data: results.map((r) => ({ ...r, date: r.date.toISOString() })) });
});

export const OPTIONS = corsPreflight(["POST"]);
