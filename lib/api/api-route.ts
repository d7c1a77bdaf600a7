// The one wrapper every /api route goes through, reads and writes alike:
// credentials (token or session) → permission → zod (path, query, body) →
// handler, and the result (or whatever it threw) into HTTP with CORS,
// ETag/304 and Cache-Control.
import type { z } from "zod";
import { requestContext } from "../audit/request-context";
import type { Actor } from "../auth/actor";
import { authenticateRequest } from "../auth/authenticate-request";
import { checkSameOrigin } from "../auth/check-same-origin";
import { can, type Permission } from "../auth/permissions";
import { getDb } from "../db";
import { getEnv } from "../env";
import { ForbiddenError, RequestValidationError, UnauthenticatedError, type InputLocation } from "../errors";
import { getLogger, requestLogger, type Logger } from "../log/logger";
import type { ApiResult, ResultFor } from "./api-result";
import { CORS_HEADERS } from "./cors";
import type { Endpoint, ResponseSpec } from "./endpoint";
import { ifNoneMatchHits, weakEtag } from "./etag";
import { PayloadTooLargeError, problemResponse, toProblem } from "./problem";
import { DEFAULT_BODY_LIMIT, readBodyText } from "./request-body";
import { withSecurityHeaders } from "../web-security/security-headers";

export interface HandlerInput<
  Q extends z.ZodType,
  P extends z.ZodType,
  B extends z.ZodType | undefined,
  A extends Permission | undefined = undefined,
> {
  query: z.output<Q>;
  params: z.output<P>;
  body: B extends z.ZodType ? z.output<B> : undefined;
  /** The caller: always present (and permitted) on endpoints that declare a permission. */
  actor: A extends Permission ? Actor : Actor | null;
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
/** What a caller reads with their credentials is theirs alone: no shared cache keeps it. */
const CACHE_PRIVATE_READ = "private, no-cache";
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

async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  const text = await readBodyText(request, limit);
  try {
    // An empty body is "no body" (undefined): endpoints whose body is optional accept it.
    return text.trim() === "" ? undefined : (JSON.parse(text) as unknown);
  } catch {
    throw new RequestValidationError("body", [{ name: "body", reason: "is not valid JSON" }]);
  }
}

/**
 * Endpoints whose bodies may be larger than the default are kept out of proxy.ts (which would
 * buffer them whole, and cut them at its limit): their security headers are set here instead.
 */
function outsideProxy(endpoint: Endpoint): boolean {
  return endpoint.upload !== undefined || (endpoint.bodyLimit ?? DEFAULT_BODY_LIMIT) > DEFAULT_BODY_LIMIT;
}

/** `Link: <…?cursor=next>; rel="next"` for list documents that have a next page. */
function nextLink(url: URL, body: unknown): string | null {
  if (typeof body !== "object" || body === null || !("next" in body) || typeof body.next !== "string") return null;
  const params = new URLSearchParams(url.search);
  params.set("cursor", body.next);
  return `<${url.pathname}?${params.toString()}>; rel="next"`;
}

function toResponse(result: ApiResult, request: Request, url: URL, personal: boolean): Response {
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
  } else if (result.kind === "xml") {
    text = result.text;
    base["Content-Type"] = `${result.mediaType}; charset=utf-8`;
    base["Content-Disposition"] = `attachment; filename="${result.filename.replace(/[^A-Za-z0-9._-]+/g, "-")}"`;
  } else {
    text = result.text;
    base["Content-Type"] = "text/csv; charset=utf-8; header=present";
    // The name may carry a slug from the request: keep it to a safe alphabet (no quotes, no CR/LF).
    const filename = result.filename.replace(/[^A-Za-z0-9._-]+/g, "-");
    base["Content-Disposition"] = `attachment; filename="${filename}.csv"`;
  }
  const status = result.kind === "json" ? result.status : 200;
  if (!isRead) {
    if (result.kind === "json" && result.setCookie) base["Set-Cookie"] = result.setCookie;
    return new Response(text, { status, headers: { ...base, "Cache-Control": "no-store" } });
  }

  const etag = weakEtag(text);
  const headers: Record<string, string> = {
    ...base,
    ETag: etag,
    "Cache-Control": personal ? CACHE_PRIVATE_READ : CACHE_READ,
    ...(personal ? { Vary: "Authorization, Cookie" } : {}),
  };
  if (ifNoneMatchHits(request.headers.get("if-none-match"), etag)) {
    // A 304 carries the validators and caching headers, never the body or its type.
    const { "Content-Type": _type, "Content-Disposition": _disposition, ...rest } = headers;
    return new Response(null, { status: 304, headers: rest });
  }
  return new Response(text, { status, headers });
}

/**
 * Who is calling, checked against the endpoint's permission. Public reads only
 * look at credentials a caller sends explicitly (a bearer token), so a browsing
 * reader's cookie costs no database lookup.
 */
async function authorize(endpoint: Endpoint, request: Request): Promise<Actor | null> {
  const needed = endpoint.permission;
  if (!needed && !request.headers.has("authorization")) return null;
  const authenticated = await authenticateRequest(request, await getDb());
  // Where the request came from travels with the actor to the audit rows it writes.
  const actor = authenticated && { ...authenticated, request: requestContext(request.headers) };
  if (!needed) return actor;
  if (!actor) throw new UnauthenticatedError("Sign in, or send `Authorization: Bearer <token>` with an API token.");
  const isWrite = request.method !== "GET" && request.method !== "HEAD";
  if (isWrite && actor.via === "session") checkSameOrigin(request, getEnv().NEXTAUTH_URL);
  if (!can(actor.role, needed)) {
    throw new ForbiddenError(`Your role (${actor.role}) may not do this: it needs the \`${needed}\` permission.`);
  }
  return actor;
}

/**
 * A route handler for `endpoint`. The handler receives validated, typed input
 * and must return the endpoint's declared body (or a redirect); domain errors
 * it throws become problem+json through the one mapping in problem.ts.
 *
 *   export const GET = apiRoute(listModels, ({ query }) => getModelsPage(query).then(ok));
 */
export function apiRoute<
  Q extends z.ZodType,
  P extends z.ZodType,
  R extends ResponseSpec,
  B extends z.ZodType | undefined,
  A extends Permission | undefined,
>(
  endpoint: Endpoint<Q, P, R, B, A>,
  handle: (input: HandlerInput<Q, P, B, A>) => Promise<ResultFor<R>>,
): (request: Request, ctx: RouteContext) => Promise<Response> {
  const bodyLimit = endpoint.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const respond = outsideProxy(endpoint as Endpoint) ? withSecurityHeaders : (response: Response) => response;
  return async (request, ctx) => {
    const url = new URL(request.url);
    const instance = `${url.pathname}${url.search}`;
    const started = Date.now();
    let log: Logger = requestLogger(getLogger(), { method: request.method, path: url.pathname });
    try {
      const actor = await authorize(endpoint as Endpoint, request);
      if (actor) log = requestLogger(getLogger(), { method: request.method, path: url.pathname, userId: actor.userId, tokenId: actor.tokenId });
      const params = parseInput(endpoint.params, (await ctx.params) ?? {}, "path");
      const query = parseInput(endpoint.query, queryRecord(url), "query");
      const body = endpoint.body ? parseInput(endpoint.body, await readJsonBody(request, bodyLimit), "body") : undefined;
      const result = await handle({ query, params, body, actor, request } as HandlerInput<Q, P, B, A>);
      const response = respond(toResponse(result, request, url, endpoint.permission !== undefined), request);
      // Writes are what a person follows in the log; reads only when debugging.
      const isRead = request.method === "GET" || request.method === "HEAD";
      log[isRead ? "debug" : "info"]({ status: response.status, ms: Date.now() - started }, "request");
      return response;
    } catch (err) {
      const problem = toProblem(err, instance);
      // The caller gets no internals; the operator gets the whole story.
      if (problem.status >= 500) log.error({ err, status: problem.status, ms: Date.now() - started }, "request failed");
      else log.debug({ status: problem.status, ms: Date.now() - started }, "request refused");
      const extra: Record<string, string> = {};
      if (problem.status === 401) extra["WWW-Authenticate"] = 'Bearer realm="modelwatch"';
      if (typeof problem.retryAfter === "number") extra["Retry-After"] = String(problem.retryAfter);
      // The rest of a refused body is never read: close the connection rather than leave it half-read.
      if (err instanceof PayloadTooLargeError) extra.Connection = "close";
      return respond(problemResponse(problem, extra), request);
    }
  };
}
