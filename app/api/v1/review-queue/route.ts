import { apiRoute } from "@/lib/api/api-route";
import { ok } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { getDb } from "@/lib/db";
import { getReviewQueuePage } from "@/lib/api/v1/get-review-queue-page";

// Thin: validation, errors and HTTP details live in apiRoute (lib/api).
export const dynamic = "force-dynamic";

export const GET = apiRoute(apiV1.listReviewQueue, async ({ query, actor }) =>
  ok(await getReviewQueuePage(await getDb(), actor, query)),
);

export const OPTIONS = corsPreflight(["GET"]);
