import type { BattleOutcome } from "@/lib/db/enums";
import type { GroupedBattles, GroupedRow } from "./group-battles";

/** Outcomes in the order grouped rows sort them (as groupBattles does). */
export const OUTCOMES: readonly BattleOutcome[] = ["A", "B", "TIE", "TIE_BOTHBAD"];
const K = OUTCOMES.length;

// Pair keys a·2²⁶ + b stay exact doubles for up to 67 million models.
const PAIR_SPAN = 2 ** 26;

/**
 * A running count of battles by (A, B, outcome), kept by number: the weekly
 * history adds a week of counts at a time and groups the running total 25
 * times or more, where string keys per (A, B, outcome) cost a few hundred
 * bytes per row each time. `grouped()` gives exactly what groupBattles gives
 * for the same battles.
 */
export class BattleCountTable {
  private readonly index = new Map<string, number>();
  private readonly ids: string[] = [];
  /** Ordered model pair (a·2²⁶ + b) → its position in pairA / pairB / counts. */
  private readonly pairOf = new Map<number, number>();
  private readonly pairA: number[] = [];
  private readonly pairB: number[] = [];
  /** K counts per pair, by OUTCOMES order. */
  private counts = new Float64Array(K * 256);

  /**
   * Adds counts[from + o] battles of modelA against modelB with the outcome
   * OUTCOMES[o] (`from` lets a database row [a, b, ...counts] be passed as is).
   */
  add(modelA: string, modelB: string, counts: ArrayLike<unknown>, from = 0): void {
    // A battle of a model against itself says nothing about ratings (groupBattles drops it too).
    if (modelA === modelB) return;
    const a = this.slot(modelA);
    const b = this.slot(modelB);
    let p = this.pairOf.get(a * PAIR_SPAN + b);
    if (p === undefined) {
      p = this.pairA.push(a) - 1;
      this.pairB.push(b);
      this.pairOf.set(a * PAIR_SPAN + b, p);
      if (K * (p + 1) > this.counts.length) {
        const grown = new Float64Array(this.counts.length * 2);
        grown.set(this.counts);
        this.counts = grown;
      }
    }
    for (let o = 0; o < K; o++) this.counts[K * p + o] = (this.counts[K * p + o] as number) + Number(counts[from + o]);
  }

  /** The counts as grouped rows over the models that have battles, sorted by (a, b, outcome). */
  grouped(): GroupedBattles {
    const pairs = this.pairA.length;
    const used = new Uint8Array(this.ids.length);
    for (let p = 0; p < pairs; p++) {
      for (let o = 0; o < K; o++) {
        if ((this.counts[K * p + o] as number) > 0) used[this.pairA[p] as number] = used[this.pairB[p] as number] = 1;
      }
    }
    // Sorted as groupBattles sorts model keys (by UTF-16 code units, Array.prototype.sort's default).
    const order: number[] = [];
    for (let i = 0; i < this.ids.length; i++) if (used[i]) order.push(i);
    order.sort((x, y) => ((this.ids[x] as string) < (this.ids[y] as string) ? -1 : 1));
    const local = new Int32Array(this.ids.length);
    for (let i = 0; i < order.length; i++) local[order[i] as number] = i;
    const rows: GroupedRow[] = [];
    for (let p = 0; p < pairs; p++) {
      const a = local[this.pairA[p] as number] as number;
      const b = local[this.pairB[p] as number] as number;
      for (let o = 0; o < K; o++) {
        const count = this.counts[K * p + o] as number;
        if (count > 0) rows.push({ a, b, outcome: OUTCOMES[o] as BattleOutcome, count });
      }
    }
    // A stable sort: each pair's rows are already in outcome order.
    rows.sort((x, y) => x.a - y.a || x.b - y.b);
    return { models: order.map((i) => this.ids[i] as string), rows };
  }

  private slot(id: string): number {
    let i = this.index.get(id);
    if (i === undefined) {
      i = this.ids.push(id) - 1;
      this.index.set(id, i);
    }
    return i;
  }
}
