import { apiRoute } from "@/lib/api/api-route";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { getDb } from "@/lib/db";
import { created, ok } from "@/lib/api/api-result";
import { revokeFeedToken, rotateFeedToken } from "@/lib/watch/notification-settings";

export const dynamic = "force-dynamic";

export const POST = apiRoute(apiV1.createFeedUrl, async ({ actor }) => created({ data: await rotateFeedToken(await getDb(), actor) }));

export const DELETE = apiRoute(apiV1.revokeFeedUrl, async ({ actor }) => ok({ data: await revokeFeedToken(await getDb(), actor) }));

export const OPTIONS = corsPreflight(["POST", "DELETE"]);
