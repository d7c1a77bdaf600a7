import { apiRoute } from "@/lib/api/api-route";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { getModelResource } from "@/lib/api/v1/get-model-resource";

// Thin: validation, errors and HTTP details live in apiRoute (lib/api).
export const dynamic = "force-dynamic";

export const GET = apiRoute(apiV1.getModel, ({ params }) => getModelResource(params.slug));
export const OPTIONS = corsPreflight(["GET"]);
export const PATCH = apiRoute(apiV1.updateModel, async (input) => (await import("@/lib/catalog/catalog-routes")).updateModelHandler(input));
