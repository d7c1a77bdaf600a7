// A profile's rating card as its client component receives it: the board's
// few displayed fields, the compact chart and the annotations. Pure.
import { ratingAxis, toLifecycleMarkers, type ChartMarker, type ChartPoint, type MethodBreak, type RatingAxis } from "@/lib/elo/chart-data";
import { toVerificationMarkers, type VerificationInput, type VerificationMarker } from "@/lib/elo/chart-data-annotations";
import { toCompactChart, type CompactChart } from "@/lib/elo/chart-data-compact";
import type { LeaderboardSummary } from "./list-leaderboards";
import type { RatingHistory } from "./list-model-rating-history";

export interface RatingCardData {
  board: Pick<LeaderboardSummary, "id" | "slug" | "name" | "source" | "withAudio" | "modality" | "isDemo" | "minVotes">;
  latest: ChartPoint;
  chart: CompactChart;
  axis: RatingAxis;
  breaks: MethodBreak[];
  markers: ChartMarker[];
  verdicts: VerificationMarker[];
}

export function toRatingCard(
  history: RatingHistory,
  annotations: { lifecycle: readonly { occurredAt: Date | string; label: string }[]; verdicts: readonly VerificationInput[] },
): RatingCardData {
  const { board, points, latest, breaks } = history;
  return {
    board: { id: board.id, slug: board.slug, name: board.name, source: board.source, withAudio: board.withAudio, modality: board.modality, isDemo: board.isDemo, minVotes: board.minVotes },
    latest,
    chart: toCompactChart(points),
    axis: ratingAxis(points),
    breaks,
    markers: toLifecycleMarkers(annotations.lifecycle, points),
    verdicts: toVerificationMarkers(annotations.verdicts, points),
  };
}
