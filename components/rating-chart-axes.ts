import type { RatingAxis } from "@/lib/elo/chart-data";
import { formatRating, formatShortDate } from "./format";

// Both rating charts draw time on X and Elo on Y the same way; the props live
// here and are spread onto Recharts' own axes (which must stay its children).

export const ratingChartFrame = {
  responsive: true,
  // Each chart is one labelled image with a table view beside it.
  accessibilityLayer: false,
  style: { width: "100%", height: "100%" },
  margin: { top: 22, right: 12, bottom: 0, left: 0 },
} as const;

export function timeAxisProps(className: string | undefined) {
  return {
    dataKey: "t",
    type: "number" as const,
    scale: "time" as const,
    domain: ["dataMin", "dataMax"] as [string, string],
    tickFormatter: (t: number) => formatShortDate(t),
    tickLine: false,
    minTickGap: 28,
    className,
  };
}

export function ratingAxisProps(axis: RatingAxis, className: string | undefined) {
  return {
    domain: axis.domain,
    ticks: axis.ticks,
    interval: 0,
    tickFormatter: (v: number) => formatRating(v),
    width: 52,
    tickLine: false,
    axisLine: false,
    allowDecimals: false,
    className,
  };
}
