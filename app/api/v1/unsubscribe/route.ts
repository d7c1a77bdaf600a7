import { apiRoute } from "@/lib/api/api-route";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { getDb } from "@/lib/db";
import { ok } from "@/lib/api/api-result";
import { getEnv } from "@/lib/env";
import { unsubscribeEmail } from "@/lib/watch/unsubscribe-email";

export const dynamic = "force-dynamic";

export const POST = apiRoute(apiV1.unsubscribe, async ({ query }) => ok({ data: await unsubscribeEmail(await getDb(), getEnv(), query.token) }));

export const OPTIONS = corsPreflight(["POST"]);
