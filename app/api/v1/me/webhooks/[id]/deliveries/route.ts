import { apiRoute } from "@/lib/api/api-route";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { getDb } from "@/lib/db";
import { ok } from "@/lib/api/api-result";
import { listWebhookDeliveries } from "@/lib/watch/manage-webhooks";

export const dynamic = "force-dynamic";

export const GET = apiRoute(apiV1.listWebhookDeliveries, async ({ params, actor }) =>
  ok({ data: await listWebhookDeliveries(await getDb(), actor.userId, params.id) }),
);

export const OPTIONS = corsPreflight(["GET"]);
