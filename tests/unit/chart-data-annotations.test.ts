import { describe, expect, it } from "vitest";
import { toChartSeries, type ChartSnapshotInput } from "@/lib/elo/chart-data";
import { toVerificationMarkers, type VerificationInput } from "@/lib/elo/chart-data-annotations";

const snap = (date: string): ChartSnapshotInput => ({
  capturedAt: `${date}T00:00:00Z`,
  rating: 1200,
  ciLow: 1190,
  ciHigh: 1210,
  votes: 5000,
  rank: 1,
  method: "PUBLISHED",
  anchor: "mean=1000",
  displayLabel: null,
});
// Six months of plot: the default merge window is 3% of it (about 5.5 days).
const points = toChartSeries([snap("2026-05-20"), snap("2026-08-01"), snap("2026-11-18")]);
const v = (claimId: string, label: string, at: string, verdict: VerificationInput["verdict"] = "verified"): VerificationInput => ({
  claimId,
  label,
  verdict,
  occurredAt: `${at}T15:00:00Z`,
});

describe("toVerificationMarkers", () => {
  it("drops verdicts outside the plotted period", () => {
    const markers = toVerificationMarkers([v("early", "Ownership", "2026-05-01"), v("late", "API", "2026-12-01")], points);
    expect(markers).toEqual([]);
  });

  it("one verdict: its category as the label", () => {
    const [m] = toVerificationMarkers([v("b", "Benchmarks", "2026-07-03")], points);
    expect(m).toMatchObject({ date: "2026-07-03", label: "✓ Benchmarks", shortLabel: "✓", verdict: "verified" });
    expect(m?.items.map((i) => i.claimId)).toEqual(["b"]);
  });

  it("verdicts a few days apart share one marker, counted; distant ones do not", () => {
    const markers = toVerificationMarkers(
      [
        v("api", "API access", "2026-09-03"),
        v("own", "Ownership", "2026-08-31"),
        v("price", "Pricing", "2026-09-03"),
        v("bench", "Benchmarks", "2026-07-03"),
      ],
      points,
    );
    expect(markers.map((m) => [m.date, m.label, m.shortLabel])).toEqual([
      ["2026-07-03", "✓ Benchmarks", "✓"],
      ["2026-08-31", "✓ 3 claims", "✓ 3"],
    ]);
    expect(markers[1]?.items.map((i) => i.claimId)).toEqual(["own", "api", "price"]);
  });

  it("marks refutations and mixed groups", () => {
    const refuted = toVerificationMarkers([v("w", "Licensing", "2026-06-24", "refuted")], points);
    expect(refuted[0]).toMatchObject({ label: "✗ Licensing", verdict: "refuted" });
    const mixed = toVerificationMarkers([v("a", "API access", "2026-06-24"), v("w", "Licensing", "2026-06-24", "refuted")], points);
    expect(mixed[0]).toMatchObject({ label: "✓✗ 2 claims", shortLabel: "✓✗ 2", verdict: "mixed" });
  });

  it("honours an explicit merge window and needs points", () => {
    const events = [v("a", "API access", "2026-09-01"), v("b", "Pricing", "2026-09-03")];
    expect(toVerificationMarkers(events, points, { mergeWithinMs: 0 })).toHaveLength(2);
    expect(toVerificationMarkers(events, [])).toEqual([]);
  });
});
