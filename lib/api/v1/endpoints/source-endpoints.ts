// Leaderboard sources (EDITOR or ADMIN): published boards Modelwatch fetches by itself, and the names they publish that no model answers to yet.
import { defineEndpoint } from "../../endpoint";
import { noQuery, slugPath } from "../query-schemas";
import {
  AddSourceBodySchema,
  ResolvedNameSchema,
  ResolveUnmatchedBodySchema,
  SourceDocumentSchema,
  SourceListSchema,
  UnmatchedIdParamsSchema,
  UnmatchedListSchema,
} from "../schemas/source-schemas";

const notFound = "No leaderboard has this slug.";

export const sourceEndpoints = {
  listSources: defineEndpoint({
    method: "GET",
    path: "/api/v1/leaderboards/{slug}/sources",
    operationId: "listSources",
    tag: "Catalog",
    summary: "A board's sources with their health",
    description:
      "Every source of the board, oldest first: settings (secret header names only, never values), last attempt and success, HTTP status, consecutive errors and the last error, next fetch, and `versions`, how many distinct versions were stored.",
    query: noQuery,
    params: slugPath,
    permission: "leaderboards.edit",
    notFound,
    response: { kind: "json", schema: SourceListSchema, description: "The board's sources" },
  }),
  addSource: defineEndpoint({
    method: "POST",
    path: "/api/v1/leaderboards/{slug}/sources",
    operationId: "addSource",
    tag: "Catalog",
    summary: "Follow a published leaderboard",
    description:
      "Attaches a source: URL, adapter (`lmarena-catalog`, `artificial-analysis`, `fastchat-csv`, `mapped`), selector (the category inside the publication), interval (default 360 min, at least 15), secret headers (write-only), the mapped adapter's columns, and `createModels` (every unknown name becomes a provisional model at once; without it unknown names wait in the unmatched list). Due at once: the worker's next pass fetches it.",
    query: noQuery,
    params: slugPath,
    body: AddSourceBodySchema,
    permission: "leaderboards.edit",
    notFound,
    conflict: "The board already follows this URL with this selector (the problem's `sourceId` names it).",
    policy: "`source-mapping`: the mapped adapter needs a `mapping`, and only it takes one.",
    response: { kind: "json", schema: SourceDocumentSchema, status: 201, description: "The new source" },
  }),
  listUnmatched: defineEndpoint({
    method: "GET",
    path: "/api/v1/leaderboards/{slug}/unmatched",
    operationId: "listUnmatched",
    tag: "Catalog",
    summary: "Names the board's sources publish that no model answers to",
    description: "Best last rating first, with when each was first and last seen and its latest figures.",
    query: noQuery,
    params: slugPath,
    permission: "leaderboards.edit",
    notFound,
    response: { kind: "json", schema: UnmatchedListSchema, description: "The unmatched names" },
  }),
  resolveUnmatched: defineEndpoint({
    method: "POST",
    path: "/api/v1/leaderboards/{slug}/unmatched/{id}",
    operationId: "resolveUnmatched",
    tag: "Catalog",
    summary: "Map an unmatched name, create its model, or mark it an anonymous codename",
    description:
      "`map` names the model it is; `create-model` creates it (name prefilled from the source, optional slug and organization); `anonymous` creates an arena-only model with no known owner, to be merged into the revealed model later (the merge carries its history). The mapping is remembered, and the name's figures in the source's earlier versions become the model's history on the board.",
    query: noQuery,
    params: UnmatchedIdParamsSchema,
    body: ResolveUnmatchedBodySchema,
    permission: "leaderboards.edit",
    notFound: "No such board, unmatched name on it, or model to map to.",
    conflict: "The name is already mapped, or the new model's slug is taken.",
    policy: "`model.slug-required`: the name has no letters or digits to make a slug from.",
    response: { kind: "json", schema: ResolvedNameSchema, description: "The name and its model" },
  }),
} as const;
