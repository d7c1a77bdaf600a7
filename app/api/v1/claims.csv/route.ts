import { apiRoute } from "@/lib/api/api-route";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { exportClaimsCsv } from "@/lib/api/v1/export-claims-csv";

// Thin: validation, errors and HTTP details live in apiRoute (lib/api).
export const dynamic = "force-dynamic";

export const GET = apiRoute(apiV1.exportClaimsCsv, ({ query }) => exportClaimsCsv(query));
export const OPTIONS = corsPreflight(["GET"]);
