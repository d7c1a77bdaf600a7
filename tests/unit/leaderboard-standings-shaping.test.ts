import { describe, expect, it } from "vitest";
import { groupTiedStandings, partitionStandings } from "@/lib/leaderboards/group-tied-standings";
import { parseAsOfDate } from "@/lib/leaderboards/parse-as-of-date";
import { rankSnapshotEntries } from "@/lib/leaderboards/rank-snapshot-entries";

const entry = (rating: number, half: number | null, votes: number | null, rank: number | null = null) => ({
  rating,
  ciLow: half === null ? null : rating - half,
  ciHigh: half === null ? null : rating + half,
  votes,
  rank,
});

describe("rankSnapshotEntries", () => {
  it("keeps a published rank", () => {
    expect(rankSnapshotEntries([entry(1200, 5, 5000, 3)], 1000)[0]).toMatchObject({ rank: 3, provisional: false });
  });

  it("ranks with uncertainty among settled entries only", () => {
    // A provisional entry with a high, wide interval must not push the settled ones down.
    const r = rankSnapshotEntries([entry(1300, 5, 5000), entry(1280, 5, 5000), entry(1400, 10, 200), entry(1200, 5, 5000)], 1000);
    expect(r.map((x) => x.rank)).toEqual([1, 2, 1, 3]);
    expect(r.map((x) => x.provisional)).toEqual([false, false, true, false]);
    expect(r[0]?.rankRange).toEqual({ best: 1, worst: 1 });
  });

  it("lets overlapping settled entries share a rank", () => {
    const r = rankSnapshotEntries([entry(1300, 20, 5000), entry(1290, 20, 5000), entry(1100, 5, 5000)], 1000);
    expect(r.map((x) => x.rank)).toEqual([1, 1, 3]);
  });

  it("falls back to plain rating order without intervals", () => {
    const r = rankSnapshotEntries([entry(1100, null, 5000), entry(1300, null, 5000), entry(1200, 5, 5000)], 1000);
    expect(r.map((x) => x.rank)).toEqual([3, 1, 2]);
    expect(r.every((x) => x.rankRange === null)).toBe(true);
  });

  it("treats unknown vote counts as settled, and handles a single entry", () => {
    expect(rankSnapshotEntries([entry(1200, 5, null)], 1000)).toEqual([{ rank: 1, rankRange: { best: 1, worst: 1 }, provisional: false }]);
    expect(rankSnapshotEntries([], 1000)).toEqual([]);
  });
});

describe("partitionStandings and groupTiedStandings", () => {
  const row = (name: string, rank: number, rating: number, provisional = false) => ({ name, rank, rating, provisional });

  it("lists provisional rows apart, best rating first", () => {
    const { ranked, provisional } = partitionStandings([row("c", 2, 1100), row("p1", 1, 1150, true), row("a", 1, 1200), row("p2", 3, 1190, true)]);
    expect(ranked.map((r) => r.name)).toEqual(["a", "c"]);
    expect(provisional.map((r) => r.name)).toEqual(["p2", "p1"]);
  });

  it("groups consecutive shared ranks and marks them tied", () => {
    const groups = groupTiedStandings([row("d", 4, 1000), row("a", 1, 1300), row("b", 1, 1290), row("c", 3, 1100), row("e", 4, 990), row("f", 4, 980)]);
    expect(groups.map((g) => [g.rank, g.tied, g.rows.map((r) => r.name).join("")])).toEqual([
      [1, true, "ab"],
      [3, false, "c"],
      [4, true, "def"],
    ]);
  });

  it("handles no rows and a single row", () => {
    expect(groupTiedStandings([])).toEqual([]);
    expect(groupTiedStandings([row("a", 1, 1200)])).toEqual([{ rank: 1, rows: [row("a", 1, 1200)], tied: false }]);
  });
});

describe("parseAsOfDate", () => {
  it("reads a calendar day as the end of that day in UTC", () => {
    const d = parseAsOfDate("2026-05-20");
    expect(d).toEqual({ kind: "date", day: "2026-05-20", endOfDay: new Date("2026-05-20T23:59:59.999Z") });
    expect(parseAsOfDate(["2026-05-20", "2026-06-01"]).kind).toBe("date");
  });

  it("means the latest snapshot when absent, empty or 'latest'", () => {
    for (const v of [undefined, "", "  ", "latest", "LATEST"]) expect(parseAsOfDate(v)).toEqual({ kind: "latest" });
  });

  it("refuses what is not a real day", () => {
    for (const v of ["2026-02-30", "2026-13-01", "2026-5-20", "20/05/2026", "yesterday", "2026-05-20T10:00", "1969-12-31"]) {
      expect(parseAsOfDate(v), v).toMatchObject({ kind: "invalid" });
    }
    expect(parseAsOfDate("x".repeat(500))).toEqual({ kind: "invalid", input: "x".repeat(40) });
  });
});
