// The public API is read from anywhere (dashboards, notebooks, other sites):
// every response carries the CORS headers, errors included, so a browser
// client can read a problem body instead of seeing an opaque network error.

export const CORS_HEADERS: Readonly<Record<string, string>> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Link, Location, Content-Disposition",
};

/** Request headers a cross-origin caller may send (Authorization: for API tokens, later). */
const ALLOWED_HEADERS = "Authorization, Content-Type, If-Match, If-None-Match";

export type ApiMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * An OPTIONS handler answering CORS preflights for a route's methods; export it
 * beside the route's handlers (`export const OPTIONS = corsPreflight(["GET"])`).
 */
export function corsPreflight(methods: readonly ApiMethod[] = ["GET"]): () => Response {
  const allow = [...new Set([...methods, ...(methods.includes("GET") ? ["HEAD"] : []), "OPTIONS"])].join(", ");
  return () =>
    new Response(null, {
      status: 204,
      headers: {
        ...CORS_HEADERS,
        Allow: allow,
        "Access-Control-Allow-Methods": allow,
        "Access-Control-Allow-Headers": ALLOWED_HEADERS,
        "Access-Control-Max-Age": "86400",
        "Cache-Control": "public, max-age=86400",
      },
    });
}
