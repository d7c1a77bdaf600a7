import { describe, expect, it } from "vitest";
import { parseSnapshotRows } from "@/lib/catalog/parse-snapshot-rows";
import { rankSnapshotGroup } from "@/lib/catalog/rank-snapshot-group";
import { slugifyName } from "@/lib/catalog/slugify-name";

const NOW = new Date("2026-11-25T12:00:00Z");
const names = (r: ReturnType<typeof parseSnapshotRows>) => r.problems.map((p) => p.name);

describe("parseSnapshotRows", () => {
  it("reads CSV with quoted fields, blank optional cells and a BOM; dates are midnight UTC", () => {
    const { rows, problems } = parseSnapshotRows(
      { csv: '\uFEFFmodel,capturedAt,rating,ciLow,ciHigh,votes,displayLabel\nalpha,2026-06-01,1250.5,,,,"Mystery, model"\n' },
      NOW,
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      expect.objectContaining({ row: 1, model: "alpha", rating: 1250.5, ciLow: null, votes: null, displayLabel: "Mystery, model" }),
    ]);
    expect(rows[0]?.capturedAt.toISOString()).toBe("2026-06-01T00:00:00.000Z");
  });

  it("names each bad field by row number, header problems by column", () => {
    const r = parseSnapshotRows(
      { csv: "model,capturedAt,rating,colour\n,2026-06-01,1,red\nbeta,yesterday,1e400,blue\ngamma,2099-01-01,5\n" },
      NOW,
    );
    expect(names(r)).toEqual(["csv.colour", "rows[1].model", "rows[2].capturedAt", "rows[2].rating", "rows[3]", "rows[3].capturedAt"]);
    expect(r.rows).toEqual([]);
  });

  it("checks intervals, counts and methods in JSON rows", () => {
    const r = parseSnapshotRows(
      { rows: [{ model: "a", capturedAt: "2026-06-01T10:00:00Z", rating: 1000, ciLow: 1010, ciHigh: 1020, votes: 1.5, method: "GUESS" }] },
      NOW,
    );
    expect(names(r)).toEqual(["rows[1].ciLow", "rows[1].votes", "rows[1].method"]);
    expect(parseSnapshotRows({ rows: [] }, NOW).problems).toEqual([{ name: "rows", reason: "holds no snapshot rows" }]);
    expect(names(parseSnapshotRows({ csv: 'model\n"open' }, NOW))).toEqual(["csv"]);
  });
});

describe("rankSnapshotGroup", () => {
  it("ranks with uncertainty among settled entries; provisional ones get no rank", () => {
    const ranks = rankSnapshotGroup(
      [
        { rating: 1250, ciLow: 1240, ciHigh: 1260, votes: 3000 },
        { rating: 1245, ciLow: 1235, ciHigh: 1255, votes: null },
        { rating: 1100, ciLow: 1090, ciHigh: 1110, votes: 2000 },
        { rating: 1400, ciLow: 1300, ciHigh: 1500, votes: 10 },
      ],
      500,
    );
    expect(ranks).toEqual([1, 1, 3, null]);
  });

  it("falls back to plain rating order without intervals", () => {
    expect(rankSnapshotGroup([{ rating: 1, ciLow: null, ciHigh: null, votes: null }, { rating: 2, ciLow: 5, ciHigh: 6, votes: null }], 0)).toEqual([2, 1]);
  });
});

describe("slugifyName", () => {
  it("makes URL slugs from names, accents and punctuation folded", () => {
    expect(slugifyName("Klíng 2.5 Turbo")).toBe("kling-2-5-turbo");
    expect(slugifyName("  HappyHorse 1.0 (arena) ")).toBe("happyhorse-1-0-arena");
    expect(slugifyName("!!!")).toBe("");
  });
});
