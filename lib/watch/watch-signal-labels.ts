// What a subscriber can ask to be told about, in words. Client-safe (enums only):
// the watch-list page and the e-mails use the same labels.
import type { Channel, SignalType } from "../db/enums";

/** The signals a watch-list entry may choose, in the order the page lists them. */
export const WATCHABLE_SIGNALS = [
  "CLAIM_VERIFIED",
  "CLAIM_DISPUTED",
  "CLAIM_REFUTED",
  "CLAIM_RETRACTED",
  "CLAIM_CREATED",
  "CLAIM_RECHECK_DUE",
  "CLAIM_PROPOSED",
  "OWNERSHIP_CONFIRMED",
  "LIFECYCLE_CHANGED",
  "RANK_CHANGED",
  "INTERVALS_SEPARATED",
  "RATING_MOVED",
  "NEWS_REVIEWED",
] as const satisfies readonly SignalType[];

export type WatchableSignal = (typeof WATCHABLE_SIGNALS)[number];

/**
 * What a board watch may choose: a new contender, and RANK_CHANGED of a model
 * reaching or leaving rank 1 (wantsBoardSignal). Per-model moves lower down
 * stay with model watches: a whole board's would be noise.
 */
export const BOARD_SIGNALS = ["NEW_CONTENDER", "RANK_CHANGED"] as const satisfies readonly SignalType[];

export type BoardSignal = (typeof BOARD_SIGNALS)[number];

export const BOARD_SIGNAL_LABELS: Record<BoardSignal, string> = {
  NEW_CONTENDER: "Unknown model entered the top",
  RANK_CHANGED: "A model reached or left rank 1",
};

export const SIGNAL_LABELS: Record<SignalType, string> = {
  CLAIM_CREATED: "New claim",
  CLAIM_VERIFIED: "Claim verified",
  CLAIM_DISPUTED: "Claim disputed",
  CLAIM_REFUTED: "Claim refuted",
  CLAIM_RETRACTED: "Claim retracted",
  CLAIM_RESTORED: "Claim restored",
  CLAIM_EDITED: "Claim edited",
  CLAIM_RECHECK_DUE: "Claim needs re-check",
  CLAIM_PROPOSED: "Proposed claim change",
  OWNERSHIP_CONFIRMED: "Ownership confirmed",
  LIFECYCLE_CHANGED: "Lifecycle change (e.g. API available)",
  MODEL_MERGED: "Model merged",
  RANK_CHANGED: "Rank (with uncertainty) changed",
  INTERVALS_SEPARATED: "Intervals separated from the rival",
  RATING_MOVED: "Elo moved beyond the interval or threshold",
  NEWS_REVIEWED: "Reviewed news",
  FEED_BROKEN: "News feed broken",
  FEED_RECOVERED: "News feed recovered",
  SOURCE_BROKEN: "Leaderboard source broken",
  SOURCE_RECOVERED: "Leaderboard source recovered",
  NEW_CONTENDER: "Unknown model entered a board's top",
  WEBHOOK_DISABLED: "Webhook disabled",
};

export const CHANNELS = ["INBOX", "EMAIL", "WEBHOOK", "FEED"] as const satisfies readonly Channel[];

export const CHANNEL_LABELS: Record<Channel, string> = {
  INBOX: "Inbox",
  EMAIL: "E-mail",
  WEBHOOK: "Webhooks",
  FEED: "Private feed",
};
