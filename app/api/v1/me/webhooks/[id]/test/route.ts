import { apiRoute } from "@/lib/api/api-route";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { getDb } from "@/lib/db";
import { created } from "@/lib/api/api-result";
import { queueTestDelivery } from "@/lib/watch/manage-webhooks";

export const dynamic = "force-dynamic";

export const POST = apiRoute(apiV1.testWebhook, async ({ params, actor }) => created({ data: await queueTestDelivery(await getDb(), actor, params.id) }));

export const OPTIONS = corsPreflight(["POST"]);
