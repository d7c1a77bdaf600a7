import { describe, expect, it } from "vitest";
import { BattleCountTable, OUTCOMES } from "@/lib/elo/battle-count-table";
import { groupBattles, type BattleInput } from "@/lib/elo/group-battles";
import { seededRandom, seededUint32 } from "@/lib/elo/seeded-random";

// Keys whose string order differs from their order of appearance, one outside the BMP and one after it in UTF-16.
const KEYS = ["zeta", "alpha", "Beta", "émile", "𝛼-model", "\uFFFDend", "m10", "m9"];

function battles(n: number, seed: number): BattleInput[] {
  const rand = seededRandom(seed);
  return Array.from({ length: n }, () => ({
    modelA: KEYS[Math.floor(rand() * KEYS.length)] as string,
    // Now and then a model against itself: dropped by both.
    modelB: KEYS[Math.floor(rand() * KEYS.length)] as string,
    outcome: OUTCOMES[Math.floor(rand() * OUTCOMES.length)]!,
  }));
}

describe("BattleCountTable", () => {
  it("groups running counts exactly as groupBattles groups the battles, week after week", () => {
    const table = new BattleCountTable();
    const seen: BattleInput[] = [];
    for (let week = 0; week < 5; week++) {
      const batch = battles(400 + week * 300, week + 1);
      seen.push(...batch);
      // Per ordered pair, a count per outcome: what the database query returns.
      const pairs = new Map<string, { a: string; b: string; n: number[] }>();
      for (const b of batch) {
        const key = `${b.modelA}\u0000${b.modelB}`;
        const pair = pairs.get(key) ?? { a: b.modelA, b: b.modelB, n: [0, 0, 0, 0] };
        pair.n[OUTCOMES.indexOf(b.outcome)]! += 1;
        pairs.set(key, pair);
      }
      for (const p of pairs.values()) table.add(p.a, p.b, p.n);
      expect(table.grouped()).toEqual(groupBattles(seen));
    }
  });

  it("leaves out models whose only battles were against themselves, and outcomes never seen", () => {
    const table = new BattleCountTable();
    table.add("solo", "solo", [5, 0, 0, 0]);
    table.add("b", "a", [0, 2, 0, 0]);
    expect(table.grouped()).toEqual({ models: ["a", "b"], rows: [{ a: 1, b: 0, outcome: "B", count: 2 }] });
  });
});

describe("seededUint32", () => {
  it("gives the same sequence as before its state moved into a typed array", () => {
    const next = seededUint32(1);
    expect([next(), next(), next()]).toEqual([2693262067, 11749833, 2265367787]);
    const other = seededUint32(0xdeadbeef);
    expect([other(), other()]).toEqual([4043151706, 1147597007]);
  });
});
