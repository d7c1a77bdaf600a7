import { describe, expect, it } from "vitest";
import { findNewContenders, type ContenderInput } from "@/lib/sources/find-new-contenders";

const entry = (key: string, rating: number, rank: number | null, more: Partial<ContenderInput> = {}): ContenderInput => ({
  key,
  rating,
  ciLow: rating - 5,
  ciHigh: rating + 5,
  rank,
  unknownOwner: false,
  previousRank: rank,
  signaled: false,
  ...more,
});

describe("new contenders", () => {
  const known = [entry("a", 1200, 1), entry("b", 1180, 2), entry("c", 1150, 3), entry("d", 1100, 4)];

  it("is an unknown name first entering the top N, with the known models it stands above", () => {
    const x = entry("x", 1170, 3, { unknownOwner: true, previousRank: null });
    expect(findNewContenders([...known, x], 3)).toEqual([{ key: "x", reason: "top", displaced: ["c"] }]);
  });

  it("is an unknown name whose lower bound clears the leader's upper bound, wherever it was before", () => {
    const x = entry("x", 1250, 1, { unknownOwner: true, previousRank: 1 });
    expect(findNewContenders([...known, x], 3)).toEqual([{ key: "x", reason: "above-leader", displaced: ["a", "b", "c"] }]);
  });

  it("is nobody when the name is known, was in the top N already, is outside it, or was signaled before", () => {
    expect(findNewContenders([...known, entry("k", 1300, 1, { previousRank: null })], 3)).toEqual([]);
    expect(findNewContenders([...known, entry("x", 1170, 3, { unknownOwner: true, previousRank: 2 })], 3)).toEqual([]);
    expect(findNewContenders([...known, entry("x", 1120, 5, { unknownOwner: true, previousRank: null })], 3)).toEqual([]);
    expect(findNewContenders([...known, entry("x", 1300, 1, { unknownOwner: true, previousRank: null, signaled: true })], 3)).toEqual([]);
  });

  it("honours the board's own N", () => {
    const x = entry("x", 1120, 5, { unknownOwner: true, previousRank: null });
    expect(findNewContenders([...known, x], 5).map((c) => c.key)).toEqual(["x"]);
  });
});
