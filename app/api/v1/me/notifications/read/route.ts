import { apiRoute } from "@/lib/api/api-route";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { getDb } from "@/lib/db";
import { ok } from "@/lib/api/api-result";
import { markNotificationsRead } from "@/lib/watch/mark-notifications-read";

export const dynamic = "force-dynamic";

export const POST = apiRoute(apiV1.markNotificationsRead, async ({ body, actor }) =>
  ok({ data: await markNotificationsRead(await getDb(), actor, body.ids) }),
);

export const OPTIONS = corsPreflight(["POST"]);
