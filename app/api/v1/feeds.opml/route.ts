import { apiRoute } from "@/lib/api/api-route";
import { xmlFile } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { getDb } from "@/lib/db";
import { exportOpml, OPML_MEDIA_TYPE } from "@/lib/news/feeds/export-opml";

export const dynamic = "force-dynamic";

export const GET = apiRoute(apiV1.exportOpml, async () => xmlFile(OPML_MEDIA_TYPE, "modelwatch-feeds.opml", await exportOpml(await getDb())));

export const OPTIONS = corsPreflight(["GET"]);
