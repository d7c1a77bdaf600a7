import { MethodNotAllowedError } from "../errors";
import { problemResponse, toProblem } from "./problem";
import { apiV1 } from "./v1/endpoints";

interface ApiPath {
  pattern: RegExp;
  /** Path parameters: a static path wins over a template matching the same URL, as in Next's routing. */
  params: number;
  methods: Set<string>;
}

const METHOD_ORDER = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

let table: ApiPath[] | null = null;

function apiPaths(): ApiPath[] {
  if (table) return table;
  const byPath = new Map<string, Set<string>>();
  for (const endpoint of Object.values(apiV1)) {
    const methods = byPath.get(endpoint.path) ?? new Set<string>(["OPTIONS"]);
    methods.add(endpoint.method);
    if (endpoint.method === "GET") methods.add("HEAD");
    byPath.set(endpoint.path, methods);
  }
  table = [...byPath].map(([path, methods]) => ({
    pattern: new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{\w+\}/g, "[^/]+")}$`),
    params: (path.match(/\{/g) ?? []).length,
    methods,
  }));
  return table;
}

/** The methods an /api/v1 path answers (its endpoints', HEAD with GET, OPTIONS), or null when no endpoint has it. */
export function allowedApiMethods(pathname: string): string[] | null {
  const matches = apiPaths().filter((p) => p.pattern.test(pathname));
  if (matches.length === 0) return null;
  const best = matches.reduce((a, b) => (b.params < a.params ? b : a));
  return METHOD_ORDER.filter((m) => best.methods.has(m));
}

/**
 * A problem+json 405 (with Allow) for a method an existing /api/v1 path does not take, or null to
 * let the request through. Next's own 405 has no body; API callers get a problem like every other error.
 */
export function apiMethodNotAllowed(method: string, pathname: string): Response | null {
  const allowed = allowedApiMethods(pathname);
  if (!allowed || allowed.includes(method)) return null;
  const err = new MethodNotAllowedError(`${pathname} does not take ${method}; it takes ${allowed.join(", ")}.`, allowed);
  return problemResponse(toProblem(err, pathname), { Allow: allowed.join(", ") });
}
