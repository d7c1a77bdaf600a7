import { apiRoute } from "@/lib/api/api-route";
import { ok } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { getDb } from "@/lib/db";
import { importOpml } from "@/lib/news/feeds/import-opml";

export const dynamic = "force-dynamic";

export const POST = apiRoute(apiV1.importOpml, async ({ body, actor }) => ok({ data: await importOpml(await getDb(), actor, body.opml) }));

export const OPTIONS = corsPreflight(["POST"]);
