// The OpenAPI 3.1 document, generated from the endpoint list and the zod
// schemas the routes validate with and return: what it says is what they do.
import { z } from "zod";
import type { Endpoint } from "../endpoint";
import type { JsonSchema, OpenApiDocument, OpenApiOperation, OpenApiParameter, OpenApiResponse } from "../openapi-types";
import { PERMISSIONS } from "../../auth/permissions";
import { problemType, type ProblemKind } from "../problem";
import { DEFAULT_BODY_LIMIT, describeBytes } from "../request-body";
import { apiV1 } from "./endpoints";
import { DEMO_NOTICE, apiSchemas } from "./schemas/common-schemas";
import { SIGNAL_SHAPES, SIGNAL_WEBHOOK_SCHEMAS, TestWebhookSchema } from "./schemas/signal-schemas";
import { signalWebhookExample } from "./signal-examples";
import type { SignalType } from "@/lib/db/enums";

const componentUri = (id: string) => `#/components/schemas/${id}`;
const ref = (id: string) => ({ $ref: componentUri(id) });

const SAFE_INT = Number.MAX_SAFE_INTEGER;

/**
 * zod's output is exact but noisy for readers: the safe-integer bounds on
 * every integer and the regex behind `format: date-time` (or behind a query
 * integer parsed from its string) say nothing a client needs: dropped.
 */
function tidy(ctx: { jsonSchema: JsonSchema }): void {
  const s = ctx.jsonSchema;
  if (s.minimum === -SAFE_INT) delete s.minimum;
  if (s.maximum === SAFE_INT) delete s.maximum;
  if (s.format === "date-time" || s.format === "date" || s.type === "integer") delete s.pattern;
}

function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiSchemas, { uri: componentUri, override: tidy });
  // Components are embedded in the document: their own $schema/$id would re-root them.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _schema, $id: _id, ...rest }]) => [id, rest]),
  );
}

function parameters(schema: z.ZodType, location: "query" | "path"): OpenApiParameter[] {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any", override: tidy });
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, prop]) => {
    const { description, ...rest } = typeof prop === "boolean" ? {} : prop;
    return {
      name,
      in: location,
      required: location === "path" || required.has(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

const problemContent = { "application/problem+json": { schema: ref("Problem") } };

function problemResponse(kind: ProblemKind, description: string): OpenApiResponse {
  return { description: `${description} (problem type \`${problemType(kind)}\`)`, content: problemContent };
}

function successResponse(endpoint: Endpoint, isList: boolean): OpenApiResponse {
  const headers: OpenApiResponse["headers"] = {
    ETag: { $ref: "#/components/headers/ETag" },
    "Cache-Control": { $ref: "#/components/headers/Cache-Control" },
    "Access-Control-Allow-Origin": { $ref: "#/components/headers/Access-Control-Allow-Origin" },
  };
  if (isList) headers.Link = { $ref: "#/components/headers/Link" };
  const r = endpoint.response;
  if (r.kind === "csv") {
    headers["Content-Disposition"] = { $ref: "#/components/headers/Content-Disposition" };
    return {
      description: `${r.description}. Columns: ${r.columns.join(", ")}. File name: ${r.filename}.`,
      headers,
      content: { "text/csv": { schema: { type: "string" } } },
    };
  }
  if (r.kind === "xml") {
    headers["Content-Disposition"] = { $ref: "#/components/headers/Content-Disposition" };
    return { description: `${r.description}. File name: ${r.filename}.`, headers, content: { [r.mediaType]: { schema: { type: "string" } } } };
  }
  const id = apiSchemas.get(r.schema)?.id;
  const schema: JsonSchema = id ? ref(id) : { type: "object", description: "An OpenAPI 3.1 document" };
  return { description: r.description, headers, content: { "application/json": { schema } } };
}

function requestBody(schema: z.ZodType, limit?: number): OpenApiOperation["requestBody"] {
  const id = apiSchemas.get(schema)?.id;
  const json: JsonSchema = id
    ? ref(id)
    : (({ $schema: _s, ...rest }) => rest)(z.toJSONSchema(schema, { io: "input", unrepresentable: "any", override: tidy }));
  return {
    required: true,
    ...(limit !== undefined ? { description: `At most ${describeBytes(limit)} (413 over it).` } : {}),
    content: { "application/json": { schema: json } },
  };
}

/** A streamed upload: CSV with its columns, or the JSON document its schema describes. */
function uploadBody(upload: NonNullable<Endpoint["upload"]>): OpenApiOperation["requestBody"] {
  const json = (requestBody(upload.json)?.content["application/json"] ?? { schema: {} }).schema;
  return {
    required: true,
    description: `${upload.description}. At most ${describeBytes(upload.csvLimit)} of CSV or ${describeBytes(upload.jsonLimit)} of JSON (413 over it).`,
    content: {
      "text/csv": { schema: { type: "string", description: `Header line, then one row per line. Columns: ${upload.csvColumns.join(", ")}` } },
      "application/json": { schema: json },
    },
  };
}

const IF_MATCH: OpenApiParameter = {
  name: "If-Match",
  in: "header",
  required: true,
  description: "The `version` of the resource you last read; a stale version gets 409, a missing one 428.",
  schema: { type: "string", examples: ['"3"'] },
};

function operation(endpoint: Endpoint): OpenApiOperation {
  const params = [...parameters(endpoint.params, "path"), ...parameters(endpoint.query, "query")];
  if (endpoint.ifMatch) params.push(IF_MATCH);
  const isRead = endpoint.method === "GET";
  const isList = params.some((p) => p.name === "cursor");
  const successStatus = endpoint.response.kind === "json" && endpoint.response.status === 201 ? "201" : "200";
  const responses: Record<string, OpenApiResponse> = { [successStatus]: successResponse(endpoint, isList) };
  if (isRead) {
    responses["304"] = { description: "Not modified: the `If-None-Match` request header matched the current ETag" };
  }
  if (endpoint.redirects) {
    responses["308"] = {
      description: endpoint.redirects,
      headers: { Location: { $ref: "#/components/headers/Location" } },
    };
  }
  responses["400"] = problemResponse(
    "invalid-parameters",
    "A parameter is invalid or unknown; `errors` names each one",
  );
  const permission = endpoint.permission;
  if (permission) {
    responses["401"] = problemResponse("unauthenticated", "No credentials, or a revoked token or disabled account");
    responses["403"] = problemResponse("forbidden", `Your role lacks \`${permission}\``);
  }
  if (endpoint.notFound) responses["404"] = problemResponse("not-found", endpoint.notFound);
  if (endpoint.conflict) responses["409"] = problemResponse("conflict", endpoint.conflict);
  if (endpoint.policy) responses["422"] = problemResponse("policy-violation", endpoint.policy);
  if (endpoint.upload) {
    const { csvLimit, jsonLimit } = endpoint.upload;
    responses["413"] = problemResponse("payload-too-large", `The body is over ${describeBytes(csvLimit)} of CSV or ${describeBytes(jsonLimit)} of JSON`);
  } else if (endpoint.body) {
    responses["413"] = problemResponse("payload-too-large", `The body is over ${describeBytes(endpoint.bodyLimit ?? DEFAULT_BODY_LIMIT)}`);
  }
  if (endpoint.ifMatch) responses["428"] = problemResponse("precondition-required", "`If-Match` is missing");
  responses["500"] = problemResponse("internal", "Unexpected failure; no internals are disclosed");
  const roles = permission ? ` Requires \`${permission}\` (${PERMISSIONS[permission].join(", ")}).` : "";
  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    description: `${endpoint.description}${roles}`,
    tags: [endpoint.tag],
    parameters: params,
    ...(endpoint.body ? { requestBody: requestBody(endpoint.body, endpoint.bodyLimit ?? DEFAULT_BODY_LIMIT) } : {}),
    ...(endpoint.upload ? { requestBody: uploadBody(endpoint.upload) } : {}),
    ...(permission ? { security: [{ bearerToken: [] }, { sessionCookie: [] }] } : {}),
    responses,
  };
}

const DESCRIPTION = `The API of Modelwatch: models, their claims with sources and status, leaderboard standings and rating history with 95% intervals, and reviewed news are public; editors and admins write through the same API.

- **Authentication**: reads are anonymous. Writes need \`Authorization: Bearer <token>\` with an API token (create one on your account page or with \`npm run mw -- token create\`) or a signed-in browser session (same-origin requests only); they act with the owner's current role. 401 without credentials, 403 for a role that may not.
- **Concurrency**: a write to a versioned resource sends \`If-Match: <version>\`; a stale version gets 409 with the current state, and nothing is overwritten.
- **Lists** are \`{ "data": [...], "next": cursor | null, "notice": string | null }\`; one item is \`{ "data": {...}, "notice": ... }\`. Pass \`next\` back as \`?cursor=\` for the following page; \`?limit=\` takes 1–100 (default 50). Cursors are opaque.
- **Demo data**: items carry \`isDemo\`; when any is true, \`notice\` says: "${DEMO_NOTICE}"
- **Caching**: every read has an \`ETag\`; send it back in \`If-None-Match\` to get \`304 Not Modified\`. \`Cache-Control: public, max-age=0, must-revalidate\`.
- **CORS**: \`Access-Control-Allow-Origin: *\` on every response; preflights are answered.
- **Errors** are RFC 9457 \`application/problem+json\`: 400 names every bad parameter in \`errors\`, 404 means an unknown slug. Unknown query parameters are refused, not ignored.
- **Request bodies** have a limit per endpoint (1 MiB unless the endpoint says more; battle CSV uploads 256 MiB, streamed): a larger body gets 413 naming the limit (\`maxBytes\`), before or while it is read, and is never parsed cut short. A body that ends before its \`Content-Length\` gets 400.
- **Slugs** are stable; the old slug of a merged or renamed model answers \`308\` with the new address.
- Links in responses are paths on this site.`;

const WEBHOOK_HEADERS =
  "Sent as `POST` with `Content-Type: application/json`, `Idempotency-Key` (= `id`) and `X-Modelwatch-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<raw body>\">` keyed with the webhook's secret. Answer 2xx; anything else is retried with backoff.";

/** One entry per signal type (and the test delivery): the body a subscriber's webhook receives. */
function webhooks(): OpenApiDocument["webhooks"] {
  const entry = (name: string, schemaId: string, summary: string, example: unknown): { post: OpenApiOperation } => ({
    post: {
      operationId: `webhook${name}`,
      summary,
      description: `${summary}. ${WEBHOOK_HEADERS} The subject is named by stable ids with links built from the site's public URL (NEXTAUTH_URL); \`payload\` holds the change's details.`,
      tags: ["Subscriptions"],
      parameters: [],
      requestBody: { required: true, content: { "application/json": { schema: ref(schemaId), example } } },
      responses: { "2XX": { description: "Received; any other answer is retried" } },
    },
  });
  const out: OpenApiDocument["webhooks"] = {};
  for (const type of Object.keys(SIGNAL_SHAPES) as SignalType[]) {
    const id = apiSchemas.get(SIGNAL_WEBHOOK_SCHEMAS[type])?.id as string;
    out[type] = entry(id.replace(/^Webhook/, ""), id, SIGNAL_SHAPES[type].summary, signalWebhookExample(type));
  }
  out.test = entry("Test", apiSchemas.get(TestWebhookSchema)?.id as string, "A test delivery you asked for", {
    id: "test:cm0delivery",
    type: "test",
    title: "Test delivery from Modelwatch",
    occurredAt: "2026-12-01T09:30:00.000Z",
  });
  return out;
}

function buildDocument(): OpenApiDocument {
  const paths: OpenApiDocument["paths"] = {};
  for (const endpoint of Object.values(apiV1) as Endpoint[]) {
    const method = endpoint.method.toLowerCase() as "get" | "post" | "put" | "patch" | "delete";
    paths[endpoint.path] = { ...paths[endpoint.path], [method]: operation(endpoint) };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Modelwatch API",
      version: "1.0.0",
      description: DESCRIPTION,
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: "/", description: "This Modelwatch site" }],
    tags: [
      { name: "Models", description: "Tracked AI models, their claims and latest ratings" },
      { name: "Claims", description: "What is claimed about each model, with status and evidence" },
      { name: "Leaderboards", description: "Blind pairwise leaderboards: standings and rating history" },
      { name: "News", description: "News items reviewed by an editor, and the review queue" },
      { name: "Review queue", description: "Editors' review of ingested news: relevant, dismissed, assigned" },
      { name: "Catalog", description: "Editors' writes to models, aliases, lifecycle, merges, leaderboards and snapshot imports" },
      { name: "Ratings", description: "Pairwise votes in, Bradley–Terry ratings with bootstrap intervals out" },
      { name: "Jobs", description: "Background work editors follow: ingestion runs and recomputes, with progress" },
      { name: "Subscriptions", description: "Your watch-list, inbox, e-mail settings, webhooks and private feed" },
      { name: "Accounts", description: "Sign-up, password reset, your profile and API tokens" },
      { name: "Admin", description: "User roles, disabled accounts, everyone's tokens and the audit log" },
      { name: "Meta", description: "About this API" },
    ],
    paths,
    webhooks: webhooks(),
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "An API token (`mw_…`), sent as `Authorization: Bearer <token>`" },
        sessionCookie: { type: "apiKey", in: "cookie", name: "modelwatch.session", description: "The session of a signed-in browser (same-origin writes only)" },
      },
      headers: {
        ETag: { description: "Weak validator of the body; send it in If-None-Match", schema: { type: "string" } },
        "Cache-Control": { description: "public, max-age=0, must-revalidate", schema: { type: "string" } },
        "Access-Control-Allow-Origin": { description: "Always *", schema: { type: "string", const: "*" } },
        Link: { description: 'The next page: `<…?cursor=…>; rel="next"` (when there is one)', schema: { type: "string" } },
        Location: { description: "The current address of the resource", schema: { type: "string" } },
        "Content-Disposition": { description: "attachment; filename=…", schema: { type: "string" } },
      },
    },
  };
}

let cached: OpenApiDocument | undefined;

/** The document, built once per process (it depends on code only). */
export function getOpenApiDocument(): OpenApiDocument {
  cached ??= buildDocument();
  return cached;
}
