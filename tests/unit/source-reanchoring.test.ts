import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectReanchoring } from "@/lib/sources/detect-reanchoring";

const board = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe("re-anchoring detection", () => {
  const before = board({ a: 1200, b: 1180, c: 1150, d: 1100, e: 1050 });

  it("finds a common shift of every model", () => {
    expect(detectReanchoring(before, board({ a: 1230, b: 1210, c: 1180, d: 1130, e: 1080, new: 1300 }))).toBe(30);
    expect(detectReanchoring(before, board({ a: 1191, b: 1171, c: 1141.5, d: 1090, e: 1041 }))).toBe(-9);
  });

  it("tolerates a few models moving on their own (at least 80% alike within ±2)", () => {
    expect(detectReanchoring(before, board({ a: 1231, b: 1209, c: 1180, d: 1130, e: 1120 }))).toBe(30);
    expect(detectReanchoring(before, board({ a: 1231, b: 1209, c: 1180, d: 1160, e: 1120 }))).toBeNull();
  });

  it("is no re-anchoring when the common shift is small, or too few models are in both", () => {
    expect(detectReanchoring(before, board({ a: 1204, b: 1184, c: 1154, d: 1104, e: 1054 }))).toBeNull();
    expect(detectReanchoring(before, board({ a: 1230, b: 1210, x: 1000 }))).toBeNull();
  });

  it("sees none between LMArena's consecutive published image-board versions (one model stays the anchor; the others move on their own)", () => {
    const dir = path.join(process.cwd(), "tests/fixtures/leaderboard-corpus/lmarena-catalog/leaderboard-image");
    const versions = fs.readdirSync(dir).sort().map((f) => {
      const full = (JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as { full: Record<string, { rating: number }> }).full;
      return new Map(Object.entries(full).map(([k, v]) => [k, v.rating]));
    });
    const found = versions.slice(1).map((v, i) => detectReanchoring(versions[i]!, v));
    expect(found).toEqual([null, null, null, null, null, null]);
  });
});
