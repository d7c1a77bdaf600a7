// The one wrapper every /api route goes through: validate path, query and
// body with the endpoint's zod schemas, call the handler, and turn its result
// (or whatever it threw) into HTTP with CORS, ETag/304 and Cache-Control.
// Authentication will slot in here, before validation, when write routes come.
import type { z } from "zod";
import type { ApiResult, ResultFor } from "./api-result";
import { CORS_HEADERS } from "./cors";
import type { Endpoint, ResponseSpec } from "./endpoint";
import { ifNoneMatchHits, weakEtag } from "./etag";
import { problemResponse, RequestValidationError, toProblem, type InputLocation } from "./problem";

export interface HandlerInput<Q extends z.ZodType, P extends z.ZodType, B extends z.ZodType | undefined> {
  query: z.output<Q>;
  params: z.output<P>;
  body: B extends z.ZodType ? z.output<B> : undefined;
  request: Request;
}

/** Next passes dynamic segments as a promise; static routes get an empty object. */
export interface RouteContext {
  params: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * Reads are revalidated on every use (ETag makes that cheap) so a change is
 * visible at once; writes and errors are never stored.
 */
const CACHE_READ = "public, max-age=0, must-revalidate";
const CACHE_REDIRECT = "public, max-age=3600";

function parseInput<S extends z.ZodType>(schema: S, input: unknown, location: InputLocation): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw RequestValidationError.fromZod(location, parsed.error);
  return parsed.data;
}

/** The query as a record; a parameter given twice is ambiguous and refused. */
function queryRecord(url: URL): Record<string, string> {
  const out: Record<string, string> = {};
  const repeated = new Set<string>();
  for (const [k, v] of url.searchParams) {
    if (k in out) repeated.add(k);
    out[k] = v;
  }
  if (repeated.size) {
    throw new RequestValidationError(
      "query",
      [...repeated].map((name) => ({ name, reason: "given more than once" })),
    );
  }
  return out;
}

async function readJsonBody(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new RequestValidationError("body", [{ name: "body", reason: "is not valid JSON" }]);
  }
}

/** `Link: <…?cursor=next>; rel="next"` for list documents that have a next page. */
function nextLink(url: URL, body: unknown): string | null {
  if (typeof body !== "object" || body === null || !("next" in body) || typeof body.next !== "string") return null;
  const params = new URLSearchParams(url.search);
  params.set("cursor", body.next);
  return `<${url.pathname}?${params.toString()}>; rel="next"`;
}

function toResponse(result: ApiResult, request: Request, url: URL): Response {
  const base: Record<string, string> = { ...CORS_HEADERS };
  if (result.kind === "redirect") {
    return new Response(null, {
      status: result.status,
      headers: { ...base, Location: `${result.location}${url.search}`, "Cache-Control": CACHE_REDIRECT },
    });
  }
  const isRead = request.method === "GET" || request.method === "HEAD";
  let text: string;
  if (result.kind === "json") {
    text = JSON.stringify(result.body);
    base["Content-Type"] = "application/json; charset=utf-8";
    const link = nextLink(url, result.body);
    if (link) base.Link = link;
  } else {
    text = result.text;
    base["Content-Type"] = "text/csv; charset=utf-8; header=present";
    // The name may carry a slug from the request: keep it to a safe alphabet (no quotes, no CR/LF).
    const filename = result.filename.replace(/[^A-Za-z0-9._-]+/g, "-");
    base["Content-Disposition"] = `attachment; filename="${filename}.csv"`;
  }
  const status = result.kind === "json" ? result.status : 200;
  if (!isRead) return new Response(text, { status, headers: { ...base, "Cache-Control": "no-store" } });

  const etag = weakEtag(text);
  const headers: Record<string, string> = { ...base, ETag: etag, "Cache-Control": CACHE_READ };
  if (ifNoneMatchHits(request.headers.get("if-none-match"), etag)) {
    // A 304 carries the validators and caching headers, never the body or its type.
    const { "Content-Type": _type, "Content-Disposition": _disposition, ...rest } = headers;
    return new Response(null, { status: 304, headers: rest });
  }
  return new Response(text, { status, headers });
}

/**
 * A route handler for `endpoint`. The handler receives validated, typed input
 * and must return the endpoint's declared body (or a redirect); domain errors
 * it throws become problem+json through the one mapping in problem.ts.
 *
 *   export const GET = apiRoute(listModels, ({ query }) => getModelsPage(query).then(ok));
 */
export function apiRoute<Q extends z.ZodType, P extends z.ZodType, R extends ResponseSpec, B extends z.ZodType | undefined>(
  endpoint: Endpoint<Q, P, R, B>,
  handle: (input: HandlerInput<Q, P, B>) => Promise<ResultFor<R>>,
): (request: Request, ctx: RouteContext) => Promise<Response> {
  return async (request, ctx) => {
    const url = new URL(request.url);
    const instance = `${url.pathname}${url.search}`;
    try {
      const params = parseInput(endpoint.params, (await ctx.params) ?? {}, "path");
      const query = parseInput(endpoint.query, queryRecord(url), "query");
      const body = endpoint.body ? parseInput(endpoint.body, await readJsonBody(request), "body") : undefined;
      const result = await handle({ query, params, body, request } as HandlerInput<Q, P, B>);
      return toResponse(result, request, url);
    } catch (err) {
      const problem = toProblem(err, instance);
      // The caller gets no internals; the operator gets the whole story.
      if (problem.status >= 500) console.error(`[api] ${request.method} ${instance} failed:`, err);
      return problemResponse(problem);
    }
  };
}
