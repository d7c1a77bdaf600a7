import { apiRoute } from "@/lib/api/api-route";
import { created, ok } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { addFeed } from "@/lib/news/feeds/add-feed";
import { listFeedHealth } from "@/lib/news/feeds/list-feed-health";

// Thin: validation, errors and HTTP details live in apiRoute (lib/api).
export const dynamic = "force-dynamic";

export const GET = apiRoute(apiV1.listFeeds, async () => ok({ data: await listFeedHealth(await getDb()) }));

export const POST = apiRoute(apiV1.addFeed, async ({ body, actor }) =>
  created({ data: await addFeed(await getDb(), actor, body, { allowPrivateNetworks: getEnv().FEED_ALLOW_PRIVATE_NETWORKS }) }),
);

export const OPTIONS = corsPreflight(["GET", "POST"]);
