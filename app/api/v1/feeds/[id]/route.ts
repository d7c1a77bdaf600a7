import { apiRoute } from "@/lib/api/api-route";
import { ok } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { readIfMatchVersion } from "@/lib/api/if-match";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { getDb } from "@/lib/db";
import { deleteFeed } from "@/lib/news/feeds/delete-feed";
import { updateFeed } from "@/lib/news/feeds/update-feed";

export const dynamic = "force-dynamic";

export const PATCH = apiRoute(apiV1.updateFeed, async ({ params, body, actor, request }) =>
  ok({ data: await updateFeed(await getDb(), actor, params.id, readIfMatchVersion(request), body) }),
);

export const DELETE = apiRoute(apiV1.deleteFeed, async ({ params, actor }) => ok({ data: await deleteFeed(await getDb(), actor, params.id) }));

export const OPTIONS = corsPreflight(["PATCH", "DELETE"]);
