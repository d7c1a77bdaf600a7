import { apiRoute } from "@/lib/api/api-route";
import { ok } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { getDb } from "@/lib/db";
import { fetchFeedNow } from "@/lib/news/feeds/fetch-feed-now";

export const dynamic = "force-dynamic";

export const POST = apiRoute(apiV1.fetchFeedNow, async ({ params, actor }) => ok({ data: await fetchFeedNow(await getDb(), actor, params.id) }));

export const OPTIONS = corsPreflight(["POST"]);
