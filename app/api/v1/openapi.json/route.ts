import { apiRoute } from "@/lib/api/api-route";
import { ok } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { getOpenApiDocument } from "@/lib/api/v1/openapi-document";

// No database here, but If-None-Match must be read per request.
export const dynamic = "force-dynamic";

export const GET = apiRoute(apiV1.getOpenApiDocument, async () => ok(getOpenApiDocument()));
export const OPTIONS = corsPreflight(["GET"]);
