// Every operation of the API v1, declared once, grouped by area in
// ./endpoints/. Route files bind a handler to one of these with apiRoute();
// the OpenAPI document and the docs page are generated from this list.
import { defineEndpoint } from "../endpoint";
import { accountEndpoints } from "./endpoints/account-endpoints";
import { authEndpoints } from "./endpoints/auth-endpoints";
import { catalogEndpoints } from "./endpoints/catalog-endpoints";
import { claimEndpoints } from "./endpoints/claim-endpoints";
import { feedEndpoints } from "./endpoints/feed-endpoints";
import { jobEndpoints } from "./endpoints/job-endpoints";
import { ratingEndpoints } from "./endpoints/rating-endpoints";
import { readEndpoints } from "./endpoints/read-endpoints";
import { reviewEndpoints } from "./endpoints/review-endpoints";
import { sourceEndpoints } from "./endpoints/source-endpoints";
import { watchEndpoints } from "./endpoints/watch-endpoints";
import { noQuery } from "./query-schemas";
import { OpenApiDocumentSchema } from "./schemas/openapi-schema";

/** Every operation, by name, in documentation order. */
export const apiV1 = {
  ...readEndpoints,
  ...claimEndpoints,
  ...catalogEndpoints,
  ...ratingEndpoints,
  ...sourceEndpoints,
  ...reviewEndpoints,
  ...feedEndpoints,
  ...jobEndpoints,
  ...watchEndpoints,
  ...accountEndpoints,
  ...authEndpoints,
  getOpenApiDocument: defineEndpoint({
    method: "GET",
    path: "/api/v1/openapi.json",
    operationId: "getOpenApiDocument",
    tag: "Meta",
    summary: "This API's OpenAPI 3.1 document",
    description: "The machine-readable description of every endpoint above; the docs page at /docs/api is rendered from it.",
    query: noQuery,
    params: noQuery,
    response: { kind: "json", schema: OpenApiDocumentSchema, description: "The OpenAPI document" },
  }),
} as const;

export type ApiV1Endpoint = (typeof apiV1)[keyof typeof apiV1];
