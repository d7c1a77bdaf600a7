import type { z } from "zod";
import type { ApiMethod } from "./cors";

/** What a successful call returns: a JSON document described by a schema, or a CSV file. */
export type ResponseSpec =
  | { kind: "json"; schema: z.ZodType; description: string }
  | { kind: "csv"; columns: readonly string[]; filename: string; description: string };

/**
 * One operation of the API, declared once: apiRoute() validates requests and
 * types handlers with it, and the OpenAPI document is generated from it.
 */
export interface Endpoint<
  Q extends z.ZodType = z.ZodType,
  P extends z.ZodType = z.ZodType,
  R extends ResponseSpec = ResponseSpec,
  B extends z.ZodType | undefined = z.ZodType | undefined,
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
  response: R;
  /** Set when the endpoint can answer 404, saying when. */
  notFound?: string;
  /** Set when the endpoint can answer 308, saying when. */
  redirects?: string;
}

export function defineEndpoint<
  Q extends z.ZodType,
  P extends z.ZodType,
  R extends ResponseSpec,
  B extends z.ZodType | undefined = undefined,
>(endpoint: Endpoint<Q, P, R, B>): Endpoint<Q, P, R, B> {
  return endpoint;
}
