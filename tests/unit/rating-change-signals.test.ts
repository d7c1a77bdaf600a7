import { describe, expect, it } from "vitest";
import { ratingChangeSignals, type RatedModel } from "@/lib/watch/rating-change-signals";
import { wantsSignal } from "@/lib/watch/wants-signal";

const board = { id: "b1", slug: "t2v", name: "Text-to-video" };
const m = (modelId: string, rating: number, half: number | null): RatedModel => ({
  modelId,
  slug: modelId,
  rating,
  ciLow: half === null ? null : rating - half,
  ciHigh: half === null ? null : rating + half,
});

describe("ratingChangeSignals", () => {
  it("records every real move with the previous interval; watchers' rules decide who hears of one inside it", () => {
    const before = new Map([["a", m("a", 1200, 10)]]);
    const [inside] = ratingChangeSignals(board, before, [m("a", 1206, 10)], null);
    expect(inside).toMatchObject({ type: "RATING_MOVED", modelId: "a", payload: { from: 1200, to: 1206, ciLow: 1190, ciHigh: 1210, outsideInterval: false } });
    const everyone = { signals: [], ratingThreshold: null, rivalModelId: null };
    expect(wantsSignal(everyone, inside!)).toBe(false);
    expect(wantsSignal({ ...everyone, ratingThreshold: 5 }, inside!)).toBe(true);
    expect(wantsSignal({ ...everyone, ratingThreshold: 8 }, inside!)).toBe(false);

    const [outside] = ratingChangeSignals(board, before, [m("a", 1215, 10)], null);
    expect(outside!.payload).toMatchObject({ outsideInterval: true });
    expect(wantsSignal(everyone, outside!)).toBe(true);
  });

  it("ignores rounding-sized moves and models without a previous figure", () => {
    expect(ratingChangeSignals(board, new Map([["a", m("a", 1200, 10)]]), [m("a", 1200.3, 10), m("new", 1100, 5)], null)).toEqual([]);
  });

  it("signals both models once when their intervals stop overlapping, for watchers who chose the rival", () => {
    const before = new Map([
      ["a", m("a", 1210, 15)],
      ["b", m("b", 1195, 15)],
      ["c", m("c", 1000, 5)],
    ]);
    const after = [m("a", 1212, 5), m("b", 1196, 5), m("c", 1000, 5)];
    const separated = ratingChangeSignals(board, before, after, "editor").filter((s) => s.type === "INTERVALS_SEPARATED");
    expect(separated.map((s) => [s.modelId, (s.payload as { otherModelId: string }).otherModelId])).toEqual([
      ["a", "b"],
      ["b", "a"],
    ]);
    expect(separated[0]!.title).toContain("a is now ahead of b");
    const rule = { signals: [], ratingThreshold: null };
    expect(wantsSignal({ ...rule, rivalModelId: "b" }, separated[0]!)).toBe(true);
    expect(wantsSignal({ ...rule, rivalModelId: "c" }, separated[0]!)).toBe(false);
    // Already apart before (a and c): nothing new.
    expect(separated.some((s) => s.modelId === "c")).toBe(false);
  });
});
