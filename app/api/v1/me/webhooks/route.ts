import { apiRoute } from "@/lib/api/api-route";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { getDb } from "@/lib/db";
import { created, ok } from "@/lib/api/api-result";
import { getEnv } from "@/lib/env";
import { createWebhook, listWebhooks } from "@/lib/watch/manage-webhooks";

export const dynamic = "force-dynamic";

export const GET = apiRoute(apiV1.listWebhooks, async ({ actor }) => ok({ data: await listWebhooks(await getDb(), actor.userId) }));

export const POST = apiRoute(apiV1.createWebhook, async ({ body, actor }) => {
  const { webhook, secret } = await createWebhook(await getDb(), actor, body.url, { allowPrivate: getEnv().WEBHOOK_ALLOW_PRIVATE_NETWORKS });
  return created({ data: webhook, secret });
});

export const OPTIONS = corsPreflight(["GET", "POST"]);
