import { apiRoute } from "@/lib/api/api-route";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { requestContext } from "@/lib/audit/request-context";
import { getDb } from "@/lib/db";
import { ok } from "@/lib/api/api-result";
import { getEnv } from "@/lib/env";
import { unsubscribeEmail } from "@/lib/watch/unsubscribe-email";

export const dynamic = "force-dynamic";

export const POST = apiRoute(apiV1.unsubscribe, async ({ query, request }) =>
  ok({ data: await unsubscribeEmail(await getDb(), getEnv(), query.token, requestContext(request.headers)) }),
);

export const OPTIONS = corsPreflight(["POST"]);
