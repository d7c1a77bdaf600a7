import { apiRoute } from "@/lib/api/api-route";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { getDb } from "@/lib/db";
import { ok } from "@/lib/api/api-result";
import { DEFAULT_PAGE_SIZE } from "@/lib/db/paginate";
import { listNotifications } from "@/lib/watch/list-notifications";

export const dynamic = "force-dynamic";

export const GET = apiRoute(apiV1.listNotifications, async ({ query, actor }) => {
  const page = await listNotifications(await getDb(), actor.userId, {
    limit: query.limit ?? DEFAULT_PAGE_SIZE,
    after: query.cursor,
    unreadOnly: query.unread === "true",
  });
  return ok({ data: page.items, next: page.next, unreadCount: page.unreadCount });
});

export const OPTIONS = corsPreflight(["GET"]);
