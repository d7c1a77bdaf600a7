import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { rankSnapshotGroup } from "@/lib/catalog/rank-snapshot-group";
import { readPublication } from "@/lib/sources/read-publication";
import type { SourceEntry } from "@/lib/sources/source-entry";

// LMArena's published versions (tests/fixtures/leaderboard-corpus, copied from ../shared/corpora/leaderboards).
const corpus = path.join(process.cwd(), "tests/fixtures/leaderboard-corpus/lmarena-catalog");
const files = fs
  .readdirSync(corpus)
  .flatMap((board) => fs.readdirSync(path.join(corpus, board)).map((f) => path.join(board, f)))
  .sort();

type Published = Record<string, Record<string, { rating: number; rating_q025: number; rating_q975: number }>>;

function entriesOf(body: string, category: string): SourceEntry[] {
  const outcome = readPublication("lmarena-catalog", body, { selector: category, mapping: null });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.board.entries;
}

describe("the LMArena arena-catalog adapter on every published version", () => {
  it("has the whole corpus to read (20 versions of two boards)", () => {
    expect(files).toHaveLength(20);
    expect(files.filter((f) => f.startsWith("leaderboard-image/"))).toHaveLength(7);
  });

  it.each(files)("%s: every category, every entry, rating and bound as published", (file) => {
    const body = fs.readFileSync(path.join(corpus, file), "utf8");
    const published = JSON.parse(body) as Published;
    for (const [category, board] of Object.entries(published)) {
      const entries = entriesOf(body, category);
      expect(entries.length, category).toBe(Object.keys(board).length);
      for (const e of entries) {
        const p = board[e.sourceKey];
        expect(p, `${category}/${e.sourceKey}`).toBeDefined();
        expect(e.displayName).toBe(e.sourceKey);
        expect(Math.abs(e.rating - p!.rating)).toBeLessThanOrEqual(0.01);
        expect(Math.abs(e.ciLow! - p!.rating_q025)).toBeLessThanOrEqual(0.01);
        expect(Math.abs(e.ciHigh! - p!.rating_q975)).toBeLessThanOrEqual(0.01);
        expect(e.votes).toBeUndefined();
      }
    }
  });

  it.each(files)("%s: ranks with uncertainty follow from the intervals (1 + models surely ahead)", (file) => {
    const entries = entriesOf(fs.readFileSync(path.join(corpus, file), "utf8"), "full");
    const ranks = rankSnapshotGroup(
      entries.map((e) => ({ rating: e.rating, ciLow: e.ciLow ?? null, ciHigh: e.ciHigh ?? null, votes: null })),
      1000,
    );
    entries.forEach((e, i) => {
      const surelyAhead = entries.filter((o) => o.ciLow! > e.ciHigh!).length;
      // No vote counts in this format: no entry is provisional for want of votes.
      expect(ranks[i], e.sourceKey).toBe(1 + surelyAhead);
    });
  });

  it("reads the December 2025 image board as LMArena shows it: nano-banana-pro on top, 34 models", () => {
    const entries = entriesOf(fs.readFileSync(path.join(corpus, "leaderboard-image/2025-12-11_ea8297b5.json"), "utf8"), "full");
    expect(entries).toHaveLength(34);
    const top = [...entries].sort((a, b) => b.rating - a.rating)[0]!;
    expect(top.sourceKey).toBe("gemini-3-pro-image-preview-2k (nano-banana-pro)");
    expect(top.rating).toBeCloseTo(1234.33, 2);
  });

  it("defaults to the `full` category and names the categories when the selector is wrong", () => {
    const body = fs.readFileSync(path.join(corpus, "leaderboard-image/2025-03-14_d3f38f09.json"), "utf8");
    const outcome = readPublication("lmarena-catalog", body, { selector: null, mapping: null });
    expect(outcome.ok && outcome.board.entries).toHaveLength(8);
    const wrong = readPublication("lmarena-catalog", body, { selector: "coding", mapping: null });
    expect(wrong).toEqual({ ok: false, error: 'the publication has no category "coding" (it has: full, is_preset_generation, not_preset_generation)' });
  });

  it.each([
    ["not JSON", "<html>Rate limited</html>", /the body is not JSON/],
    ["an array", "[1,2]", /not a JSON object of categories/],
    ["a string rating", '{"full":{"m":{"rating":"1200","rating_q025":1190,"rating_q975":1210}}}', /full\["m"\]\.rating must be a number, got "1200"/],
    ["a NaN rating", '{"full":{"m":{"rating":null,"rating_q025":1190,"rating_q975":1210}}}', /full\["m"\]\.rating must be a number, got null/],
    ["a negative rating", '{"full":{"m":{"rating":-5,"rating_q025":-6,"rating_q975":-4}}}', /full\["m"\]\.rating must be between 0 and 100000, got -5/],
    ["an inverted interval", '{"full":{"m":{"rating":1200,"rating_q025":1210,"rating_q975":1220}}}', /ciLow \(1210\) is above the rating/],
    ["one bound only", '{"full":{"m":{"rating":1200,"rating_q025":1190}}}', /one bound of its interval without the other/],
    ["an empty category", '{"full":{}}', /holds no entries/],
    ["a 1 MB name", JSON.stringify({ full: { ["x".repeat(1_000_000)]: { rating: 1, rating_q025: 0, rating_q975: 2 } } }), /\.key is 1000000 characters long; at most 200/],
  ])("refuses %s with an error naming what is malformed", (_label, body, error) => {
    const outcome = readPublication("lmarena-catalog", body, { selector: "full", mapping: null });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error).toMatch(error);
  });

  it("refuses 100,000 entries rather than storing them", { timeout: 30_000 }, () => {
    const full = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`m${i}`, { rating: 1000, rating_q025: 990, rating_q975: 1010 }]));
    const outcome = readPublication("lmarena-catalog", JSON.stringify({ full }), { selector: "full", mapping: null });
    expect(outcome).toEqual({ ok: false, error: "the publication holds 100000 entries; at most 10000 are read" });
  });
});
