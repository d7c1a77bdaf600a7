// Feeds the ingestion fetches (EDITOR or ADMIN): their health, and adding one.
import { defineEndpoint } from "../../endpoint";
import { noQuery } from "../query-schemas";
import { AddFeedBodySchema, FeedDocumentSchema, FeedListSchema } from "../schemas/feed-schemas";

export const feedEndpoints = {
  listFeeds: defineEndpoint({
    method: "GET",
    path: "/api/v1/feeds",
    operationId: "listFeeds",
    tag: "News",
    summary: "Every feed with its health",
    description:
      "Last attempt and success, HTTP status, consecutive errors and the last error, next fetch, and how many items arrived in the last 7 and 30 days.",
    query: noQuery,
    params: noQuery,
    permission: "feeds.manage",
    response: { kind: "json", schema: FeedListSchema, description: "Every feed, oldest first" },
  }),
  addFeed: defineEndpoint({
    method: "POST",
    path: "/api/v1/feeds",
    operationId: "addFeed",
    tag: "News",
    summary: "Add a feed by URL",
    description:
      "The URL is fetched once: a feed is added as is; an HTML page is searched for the feed it announces (`<link rel=\"alternate\">`), which is added instead.",
    query: noQuery,
    params: noQuery,
    body: AddFeedBodySchema,
    permission: "feeds.manage",
    conflict: "This feed is already there (the problem's `feedId` names it).",
    policy:
      "`url-is-feed`: the URL is neither an RSS/Atom feed nor a page announcing one. `feed-reachable`: the URL could not be fetched (the message says why).",
    response: { kind: "json", schema: FeedDocumentSchema, status: 201, description: "The new feed" },
  }),
} as const;
