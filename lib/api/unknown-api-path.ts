import { NotFoundError } from "@/lib/errors";
import { problemResponse, toProblem } from "./problem";

/**
 * Any path under /api/v1 that no route claims: a problem+json 404 pointing
 * at the OpenAPI document, not the site's HTML not-found page.
 */
export async function unknownApiPath(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const err = new NotFoundError(`There is no endpoint at ${url.pathname}. The endpoints are listed in /api/v1/openapi.json.`);
  return problemResponse(toProblem(err, `${url.pathname}${url.search}`));
}
