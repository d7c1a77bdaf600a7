// Claim verdicts as annotations on the Elo time axis, so a reader sees a
// rating move next to what was learnt about the model at the time. Pure.
import { isoDate, type ChartPoint } from "./chart-data";

export type Verdict = "verified" | "refuted";

export interface VerificationInput {
  claimId: string;
  /** Short name of what was settled, e.g. the claim's category ("Ownership"). */
  label: string;
  verdict: Verdict;
  occurredAt: Date | string;
}

export interface VerificationMarker {
  /** Where the marker sits: the first verdict of the group. */
  t: number;
  date: string;
  /** Text drawn on a wide chart ("✓ Ownership", "✓ 4 claims"). */
  label: string;
  /** Text drawn on a narrow chart, where words would overprint ("✓", "✓ 4"). */
  shortLabel: string;
  verdict: Verdict | "mixed";
  /** Every verdict in the group, oldest first, for the list under the chart. */
  items: { claimId: string; label: string; verdict: Verdict; t: number; date: string }[];
}

const DAY_MS = 86_400_000;
const GLYPH: Record<VerificationMarker["verdict"], string> = { verified: "✓", refuted: "✗", mixed: "✓✗" };

export interface VerificationMarkerOptions {
  /** Verdicts closer than this to the first of a group share one marker. Default: 3% of the plotted span, at least a day. */
  mergeWithinMs?: number;
}

/**
 * Verdicts inside the plotted period, grouped so that labels a few pixels
 * apart do not overprint: a run of verdicts within `mergeWithinMs` of the
 * run's first becomes one marker ("✓ 4 claims"). Verdicts outside the period
 * are dropped rather than stretching the axis.
 */
export function toVerificationMarkers(
  events: readonly VerificationInput[],
  points: readonly ChartPoint[],
  opts: VerificationMarkerOptions = {},
): VerificationMarker[] {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return [];
  const span = last.t - first.t;
  const within = opts.mergeWithinMs ?? Math.max(DAY_MS, span * 0.03);
  const inRange = events
    .map((e) => {
      const t = (e.occurredAt instanceof Date ? e.occurredAt : new Date(e.occurredAt)).getTime();
      return { claimId: e.claimId, label: e.label, verdict: e.verdict, t, date: isoDate(t) };
    })
    .filter((e) => e.t >= first.t && e.t <= last.t)
    // Stable: verdicts at the same instant keep the caller's order.
    .sort((a, b) => a.t - b.t);

  const groups: VerificationMarker["items"][] = [];
  for (const e of inRange) {
    const current = groups[groups.length - 1];
    const head = current?.[0];
    if (current && head && e.t - head.t <= within) current.push(e);
    else groups.push([e]);
  }
  return groups.map((items) => {
    const head = items[0] as VerificationMarker["items"][number];
    const verdicts = new Set(items.map((i) => i.verdict));
    const verdict: VerificationMarker["verdict"] = verdicts.size > 1 ? "mixed" : head.verdict;
    const text = items.length === 1 ? head.label : `${items.length} claims`;
    const shortLabel = items.length === 1 ? GLYPH[verdict] : `${GLYPH[verdict]} ${items.length}`;
    return { t: head.t, date: head.date, label: `${GLYPH[verdict]} ${text}`, shortLabel, verdict, items };
  });
}
