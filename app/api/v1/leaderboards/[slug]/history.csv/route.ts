import { apiRoute } from "@/lib/api/api-route";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { exportHistoryCsv } from "@/lib/api/v1/export-history-csv";

// Thin: validation, errors and HTTP details live in apiRoute (lib/api).
export const dynamic = "force-dynamic";

export const GET = apiRoute(apiV1.exportHistoryCsv, ({ params, query }) => exportHistoryCsv(params.slug, query));
export const OPTIONS = corsPreflight(["GET"]);
