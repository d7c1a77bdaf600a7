import { apiRoute } from "@/lib/api/api-route";
import { created } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { getDb } from "@/lib/db";
import { requestRecompute } from "@/lib/ratings/request-recompute";

export const dynamic = "force-dynamic";

export const POST = apiRoute(apiV1.recomputeRatings, async ({ params, body, actor }) =>
  created({ data: await requestRecompute(await getDb(), actor, params.slug, body.anchor ?? null) }),
);
export const OPTIONS = corsPreflight(["POST"]);
