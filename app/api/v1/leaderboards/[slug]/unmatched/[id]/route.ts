import { apiRoute } from "@/lib/api/api-route";
import { ok } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { getDb } from "@/lib/db";
import { resolveUnmatched } from "@/lib/sources/resolve-unmatched";

export const dynamic = "force-dynamic";

export const POST = apiRoute(apiV1.resolveUnmatched, async ({ params, body, actor }) =>
  ok({ data: await resolveUnmatched(await getDb(), actor, params.slug, params.id, body) }),
);

export const OPTIONS = corsPreflight(["POST"]);
