import { apiRoute } from "@/lib/api/api-route";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { updateModelHandler } from "@/lib/api/v1/catalog-routes";
import { getModelResource } from "@/lib/api/v1/get-model-resource";

// Thin: validation, errors and HTTP details live in apiRoute (lib/api).
export const dynamic = "force-dynamic";

export const GET = apiRoute(apiV1.getModel, ({ params }) => getModelResource(params.slug));
export const OPTIONS = corsPreflight(["GET", "PATCH"]);
export const PATCH = apiRoute(apiV1.updateModel, updateModelHandler);
