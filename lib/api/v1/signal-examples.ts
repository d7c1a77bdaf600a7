// One example webhook body per signal type, for the OpenAPI document and
// /docs/api. tests/unit/api-signal-webhooks.test.ts holds each to its schema.
import type { SignalType } from "@/lib/db/enums";
import { SIGNAL_SHAPES } from "./schemas/signal-schemas";

const SITE = "https://modelwatch.example";
const model = { id: "cm0model0happyhorse", slug: "happyhorse-1-0", name: "HappyHorse 1.0", url: `${SITE}/models/happyhorse-1-0`, apiUrl: `${SITE}/api/v1/models/happyhorse-1-0` };
const claimRef = { id: "cm0claim0unified", category: "ARCHITECTURE", statement: "HappyHorse 1.0 is a single unified multimodal model", status: "DISPUTED", version: 2 } as const;
const claim = { ...claimRef, url: `${SITE}/models/happyhorse-1-0/claims#claim-${claimRef.id}`, apiUrl: `${SITE}/api/v1/claims/${claimRef.id}` };
const leaderboard = { id: "cm0board0t2v", slug: "text-to-video", name: "Text to video (no audio)", url: `${SITE}/leaderboards/text-to-video`, apiUrl: `${SITE}/api/v1/leaderboards/text-to-video/standings` };
const newsItem = { id: "cm0news0alibaba", title: "Alibaba confirms HappyHorse comes from its ATH unit", url: "https://news.example/alibaba-happyhorse", sourceName: "News Example", publishedAt: "2026-11-30T08:00:00.000Z" };
const feed = { id: "cm0feed0example", url: "https://news.example/feed.xml", title: "News Example", healthUrl: `${SITE}/editor/feeds` };
const claimChange = (event: string, fromStatus: string | null, toStatus: string | null) => ({
  model: "happyhorse-1-0",
  event,
  fromStatus,
  toStatus,
  claimVersion: 2,
  note: "Two independent reviews contradict the launch post",
  claim: claimRef,
});

const PAYLOADS: Record<SignalType, Record<string, unknown>> = {
  CLAIM_CREATED: claimChange("CREATED", null, "UNVERIFIED"),
  CLAIM_VERIFIED: claimChange("STATUS_CHANGED", "UNVERIFIED", "VERIFIED"),
  CLAIM_DISPUTED: claimChange("STATUS_CHANGED", "UNVERIFIED", "DISPUTED"),
  CLAIM_REFUTED: claimChange("STATUS_CHANGED", "DISPUTED", "REFUTED"),
  CLAIM_RETRACTED: claimChange("RETRACTED", "DISPUTED", "RETRACTED"),
  CLAIM_RESTORED: claimChange("RESTORED", "RETRACTED", "DISPUTED"),
  CLAIM_EDITED: claimChange("EDITED", null, null),
  CLAIM_RECHECK_DUE: { model: "happyhorse-1-0", reviewBy: "2026-12-01T00:00:00.000Z" },
  CLAIM_PROPOSED: { kind: "add-source", category: "ARCHITECTURE", model: "happyhorse-1-0", reason: "News about an open ARCHITECTURE claim" },
  OWNERSHIP_CONFIRMED: { organization: "alibaba" },
  LIFECYCLE_CHANGED: { from: "ARENA_ONLY", to: "ANNOUNCED", note: "Alibaba's announcement", sourceUrl: "https://news.example/alibaba-happyhorse" },
  MODEL_MERGED: { from: "mystery-model-7", into: "happyhorse-1-0", note: "Same model", moved: { snapshots: 12, battles: 4000, watchers: 3 } },
  RANK_CHANGED: { leaderboard: "text-to-video", from: 2, to: 1, capturedAt: "2026-12-01T00:00:00.000Z" },
  RATING_MOVED: { leaderboard: "text-to-video", from: 1262, to: 1290, ciLow: 1250, ciHigh: 1274, outsideInterval: true },
  INTERVALS_SEPARATED: { leaderboard: "text-to-video", otherModelId: "cm0model0seedance", otherSlug: "seedance-2-0", aheadModelId: model.id },
  NEWS_REVIEWED: { url: newsItem.url, source: "News Example", categories: ["OWNERSHIP"] },
  FEED_BROKEN: { url: feed.url, error: "HTTP 503" },
  FEED_RECOVERED: { url: feed.url, error: null },
  SOURCE_BROKEN: { sourceId: "cm0source0lmarena", url: "https://arena.example/leaderboard.json", error: "HTTP 503" },
  SOURCE_RECOVERED: { sourceId: "cm0source0lmarena", url: "https://arena.example/leaderboard.json", error: null },
  NEW_CONTENDER: {
    leaderboard: "text-to-video",
    sourceKey: "happyhorse",
    displayName: "happyhorse",
    rating: 1297.4,
    ciLow: 1288.1,
    ciHigh: 1306.9,
    rank: 1,
    reason: "top",
    displaced: ["seedance-2-0"],
    displacedModelIds: ["cm0model0seedance"],
    versionDate: "2026-12-01T00:00:00.000Z",
  },
  WEBHOOK_DISABLED: { webhookId: "cm0hook", url: "https://hooks.example/modelwatch" },
};

const TITLES: Partial<Record<SignalType, string>> = {
  CLAIM_DISPUTED: `Claim disputed: ${claimRef.statement}`,
};

export function signalWebhookExample(type: SignalType): Record<string, unknown> {
  const { subjects } = SIGNAL_SHAPES[type];
  const withClaim = subjects.claim === true || (subjects.claim === "nullable" && type !== "CLAIM_PROPOSED");
  const doc = {
    id: `webhook:cm0hook:cm0notification-${type.toLowerCase()}`,
    signalId: `cm0signal-${type.toLowerCase()}`,
    type,
    title: TITLES[type] ?? SIGNAL_SHAPES[type].summary,
    occurredAt: "2026-12-01T09:30:00.000Z",
    verified: type === "CLAIM_VERIFIED" || type === "CLAIM_DISPUTED" || type === "CLAIM_REFUTED",
    url: withClaim ? claim.url : subjects.leaderboard ? leaderboard.url : type === "NEWS_REVIEWED" ? newsItem.url : subjects.feed ? feed.healthUrl : subjects.model ? model.url : `${SITE}/watchlist`,
    model: subjects.model ? model : null,
    claim: withClaim ? claim : null,
    leaderboard: subjects.leaderboard ? leaderboard : null,
    newsItem: subjects.newsItem ? newsItem : null,
    feed: subjects.feed ? feed : null,
    payload: PAYLOADS[type],
  };
  if (type === "CLAIM_PROPOSED") doc.url = `${SITE}/models/happyhorse-1-0/claims`;
  return doc;
}
