import { apiRoute } from "@/lib/api/api-route";
import { ok } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { toSourceDto } from "@/lib/api/v1/source-dto";
import { getDb } from "@/lib/db";
import { fetchSourceNow } from "@/lib/sources/fetch-source-now";

export const dynamic = "force-dynamic";

export const POST = apiRoute(apiV1.fetchSourceNow, async ({ params, actor }) => {
  const { result, source } = await fetchSourceNow(await getDb(), actor, params.slug, params.id);
  return ok({ data: { result: { status: result.status, entries: result.entries, unmatched: result.unmatched, error: result.error }, source: toSourceDto(source) } });
});

export const OPTIONS = corsPreflight(["POST"]);
