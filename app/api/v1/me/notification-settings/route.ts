import { apiRoute } from "@/lib/api/api-route";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { getDb } from "@/lib/db";
import { ok } from "@/lib/api/api-result";
import { getNotificationSettings, setDigestFrequency } from "@/lib/watch/notification-settings";

export const dynamic = "force-dynamic";

export const GET = apiRoute(apiV1.getNotificationSettings, async ({ actor }) =>
  ok({ data: await getNotificationSettings(await getDb(), actor.userId) }),
);

export const PATCH = apiRoute(apiV1.updateNotificationSettings, async ({ body, actor }) =>
  ok({ data: await setDigestFrequency(await getDb(), actor, body.digest) }),
);

export const OPTIONS = corsPreflight(["GET", "PATCH"]);
