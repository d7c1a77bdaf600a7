// Rating signals from one board's previous and new figures, for snapshot
// imports and recomputes alike. Every move is recorded with the previous
// interval; whether it reaches a watcher is the watcher's rule (wantsSignal):
// inside the interval only when they set a raw threshold.
import type { SignalInput } from "./record-signal";

export interface RatedModel {
  modelId: string;
  slug: string;
  rating: number;
  ciLow: number | null;
  ciHigh: number | null;
}

interface Board {
  id: string;
  slug: string;
  name: string;
}

/** Moves smaller than this are rounding, not movement. */
const MIN_MOVE = 0.5;

const separated = (a: RatedModel, b: RatedModel) =>
  a.ciLow !== null && a.ciHigh !== null && b.ciLow !== null && b.ciHigh !== null && (a.ciLow > b.ciHigh || b.ciLow > a.ciHigh);
const hasInterval = (m: RatedModel) => m.ciLow !== null && m.ciHigh !== null;

export function ratingChangeSignals(
  board: Board,
  before: ReadonlyMap<string, RatedModel>,
  after: readonly RatedModel[],
  actorId: string | null,
): SignalInput[] {
  const signals: SignalInput[] = [];
  for (const now of after) {
    const was = before.get(now.modelId);
    if (!was || Math.abs(now.rating - was.rating) < MIN_MOVE) continue;
    const outsideInterval = hasInterval(was) && (now.rating < was.ciLow! || now.rating > was.ciHigh!);
    signals.push({
      type: "RATING_MOVED",
      title: `${now.slug}: ${Math.round(was.rating)} → ${Math.round(now.rating)} on ${board.name}${outsideInterval ? ", outside its previous 95% interval" : ", inside its previous 95% interval"}`,
      modelId: now.modelId,
      leaderboardId: board.id,
      actorId,
      payload: { leaderboard: board.slug, from: was.rating, to: now.rating, ciLow: was.ciLow, ciHigh: was.ciHigh, outsideInterval },
    });
  }
  // Pairs whose intervals overlapped and now do not: one model is now ahead beyond the noise.
  for (let i = 0; i < after.length; i++) {
    for (let j = i + 1; j < after.length; j++) {
      const [a, b] = [after[i]!, after[j]!];
      const [wasA, wasB] = [before.get(a.modelId), before.get(b.modelId)];
      if (!wasA || !wasB || !hasInterval(wasA) || !hasInterval(wasB) || separated(wasA, wasB) || !separated(a, b)) continue;
      const [ahead, behind] = a.rating > b.rating ? [a, b] : [b, a];
      for (const [self, other] of [[a, b], [b, a]] as const) {
        signals.push({
          type: "INTERVALS_SEPARATED",
          title: `${ahead.slug} is now ahead of ${behind.slug} on ${board.name}: their 95% intervals no longer overlap`,
          modelId: self.modelId,
          leaderboardId: board.id,
          actorId,
          payload: { leaderboard: board.slug, otherModelId: other.modelId, otherSlug: other.slug, aheadModelId: ahead.modelId },
        });
      }
    }
  }
  return signals;
}
