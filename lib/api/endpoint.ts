import type { z } from "zod";
import type { Permission } from "../auth/permissions";
import type { ApiMethod } from "./cors";

/** What a successful call returns: a JSON document described by a schema, or a CSV file. */
export type ResponseSpec =
  | { kind: "json"; schema: z.ZodType; description: string; status?: 201 }
  | { kind: "csv"; columns: readonly string[]; filename: string; description: string }
  | { kind: "xml"; mediaType: string; filename: string; description: string };

/**
 * One operation of the API, declared once: apiRoute() validates requests and
 * types handlers with it, and the OpenAPI document is generated from it.
 */
export interface Endpoint<
  Q extends z.ZodType = z.ZodType,
  P extends z.ZodType = z.ZodType,
  R extends ResponseSpec = ResponseSpec,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  A extends Permission | undefined = Permission | undefined,
> {
  method: ApiMethod;
  /** OpenAPI path template, e.g. `/api/v1/models/{slug}`. */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description: string;
  query: Q;
  params: P;
  /** Request body (POST/PATCH); none for reads. */
  body?: B;
  /**
   * Largest JSON body taken, in bytes (default DEFAULT_BODY_LIMIT, lib/api/request-body.ts);
   * more answers 413. Endpoints above the default are kept out of proxy.ts (which would
   * buffer and cut their bodies) and get their security headers from apiRoute().
   */
  bodyLimit?: number;
  /**
   * A body the handler reads itself, as a stream (large uploads): apiRoute()
   * leaves it unread; the handler validates it. Documented as CSV or JSON.
   */
  upload?: { description: string; csvColumns: readonly string[]; json: z.ZodType; csvLimit: number; jsonLimit: number };
  /**
   * What the caller must be allowed to do (lib/auth/permissions.ts). Set on
   * every mutation: apiRoute() answers 401 without credentials and 403 for a
   * role without it, before the body is even read.
   */
  permission?: A;
  /** Set when the endpoint needs `If-Match: <version>` (428 without it, 409 when stale). */
  ifMatch?: string;
  response: R;
  /** Set when the endpoint can answer 404, saying when. */
  notFound?: string;
  /** Set when the endpoint can answer 409, saying when. */
  conflict?: string;
  /** Set when the endpoint can answer 422 (an editorial rule), saying which rules. */
  policy?: string;
  /** Set when the endpoint can answer 308, saying when. */
  redirects?: string;
}

export function defineEndpoint<
  Q extends z.ZodType,
  P extends z.ZodType,
  R extends ResponseSpec,
  B extends z.ZodType | undefined = undefined,
  A extends Permission | undefined = undefined,
>(endpoint: Endpoint<Q, P, R, B, A>): Endpoint<Q, P, R, B, A> {
  return endpoint;
}
