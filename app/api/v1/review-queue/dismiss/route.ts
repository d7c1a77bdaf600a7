import { apiRoute } from "@/lib/api/api-route";
import { ok } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { getDb } from "@/lib/db";
import { dismissNewsItems } from "@/lib/news/review/dismiss-news-items";

export const dynamic = "force-dynamic";

export const POST = apiRoute(apiV1.dismissNewsItems, async ({ body, actor }) =>
  ok({ data: await dismissNewsItems(await getDb(), actor, body), notice: null }),
);

export const OPTIONS = corsPreflight(["POST"]);
