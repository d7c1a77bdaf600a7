import { apiRoute } from "@/lib/api/api-route";
import { ok } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { createModelHandler } from "@/lib/api/v1/catalog-routes";
import { getModelsPage } from "@/lib/api/v1/get-models-page";

// Thin: validation, errors and HTTP details live in apiRoute (lib/api).
export const dynamic = "force-dynamic";

export const GET = apiRoute(apiV1.listModels, async ({ query }) => ok(await getModelsPage(query)));
export const OPTIONS = corsPreflight(["GET", "POST"]);
export const POST = apiRoute(apiV1.createModel, createModelHandler);
