import { apiRoute } from "@/lib/api/api-route";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { getDb } from "@/lib/db";
import { ok } from "@/lib/api/api-result";
import { deleteWebhook } from "@/lib/watch/manage-webhooks";

export const dynamic = "force-dynamic";

export const DELETE = apiRoute(apiV1.deleteWebhook, async ({ params, actor }) => ok({ data: await deleteWebhook(await getDb(), actor, params.id) }));

export const OPTIONS = corsPreflight(["DELETE"]);
