import { describe, expect, it } from "vitest";
import { onlineElo } from "@/lib/elo/online-elo";

describe("onlineElo", () => {
  it("moves both ratings by K = 4 times the surprise", () => {
    const r = onlineElo([{ modelA: "a", modelB: "b", outcome: "A" }]);
    expect(r.get("a")).toBeCloseTo(1002, 9);
    expect(r.get("b")).toBeCloseTo(998, 9);
  });

  it("scores a tie as half a win: equal ratings do not move", () => {
    const r = onlineElo([{ modelA: "a", modelB: "b", outcome: "TIE_BOTHBAD" }]);
    expect(r.get("a")).toBe(1000);
    expect(r.get("b")).toBe(1000);
  });

  it("depends on the order of battles, unlike Bradley–Terry", () => {
    const x = { modelA: "a", modelB: "b", outcome: "A" as const };
    const y = { modelA: "a", modelB: "c", outcome: "B" as const };
    expect(onlineElo([x, y]).get("a")).not.toBeCloseTo(onlineElo([y, x]).get("a") as number, 9);
  });

  it("conserves the total rating", () => {
    const r = onlineElo([
      { modelA: "a", modelB: "b", outcome: "A" },
      { modelA: "b", modelB: "c", outcome: "TIE" },
      { modelA: "c", modelB: "a", outcome: "A" },
    ], { k: 32 });
    expect([...r.values()].reduce((s, v) => s + v, 0)).toBeCloseTo(3000, 9);
  });
});
