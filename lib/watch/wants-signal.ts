// Whether a watch-list entry wants a signal. Pure, so the uncertainty rules
// are tested directly. Rating signals carry in their payload what the rule
// needs (written by the recompute/import that records them):
//   RATING_MOVED         { from, to, ciLow?, ciHigh?, outsideInterval? }
//   INTERVALS_SEPARATED  { otherModelId }
import type { Channel, SignalType } from "../db/enums";
import { BOARD_SIGNALS } from "./watch-signal-labels";

export interface EntryRule {
  signals: readonly SignalType[];
  ratingThreshold: number | null;
  rivalModelId: string | null;
}

export interface SignalFacts {
  type: SignalType;
  payload?: unknown;
}

function num(payload: Record<string, unknown>, key: string): number | null {
  const v = payload[key];
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

/**
 * An Elo move is a signal when it leaves the 95% interval (the move exceeds the
 * interval's half-width, or the recompute says so), or when the subscriber set
 * a raw threshold and the move reaches it. Jitter inside the interval is not news.
 */
export function ratingMoveMatters(payload: Record<string, unknown>, threshold: number | null): boolean {
  const from = num(payload, "from");
  const to = num(payload, "to");
  const delta = from !== null && to !== null ? Math.abs(to - from) : num(payload, "delta");
  if (threshold !== null && delta !== null && Math.abs(delta) >= threshold) return true;
  if (payload.outsideInterval === true) return true;
  const low = num(payload, "ciLow");
  const high = num(payload, "ciHigh");
  if (delta === null || low === null || high === null) return false;
  return Math.abs(delta) > (high - low) / 2;
}

export function wantsSignal(entry: EntryRule, signal: SignalFacts): boolean {
  if (entry.signals.length > 0 && !entry.signals.includes(signal.type)) return false;
  const payload = (signal.payload && typeof signal.payload === "object" ? signal.payload : {}) as Record<string, unknown>;
  if (signal.type === "RATING_MOVED") return ratingMoveMatters(payload, entry.ratingThreshold);
  if (signal.type === "INTERVALS_SEPARATED") return entry.rivalModelId !== null && payload.otherModelId === entry.rivalModelId;
  return true;
}

/** Whether a board watch wants a signal about its board: the top of the board only (BOARD_SIGNALS). */
export function wantsBoardSignal(watch: { signals: readonly SignalType[] }, signal: SignalFacts): boolean {
  if (!(BOARD_SIGNALS as readonly SignalType[]).includes(signal.type)) return false;
  if (watch.signals.length > 0 && !watch.signals.includes(signal.type)) return false;
  const payload = (signal.payload && typeof signal.payload === "object" ? signal.payload : {}) as Record<string, unknown>;
  if (signal.type === "RANK_CHANGED") return payload.from === 1 || payload.to === 1;
  return true;
}

export const ALL_CHANNELS: readonly Channel[] = ["INBOX", "EMAIL", "WEBHOOK", "FEED"];

/** Signals editors get by role, whether or not they watch anything. */
export const EDITOR_SIGNALS: readonly SignalType[] = ["FEED_BROKEN", "FEED_RECOVERED", "SOURCE_BROKEN", "SOURCE_RECOVERED", "NEW_CONTENDER", "CLAIM_RECHECK_DUE"];
