import type { BattleOutcome } from "@/lib/db/enums";
import type { GroupedBattles, GroupedRow } from "./group-battles";

/** Outcomes in the order grouped rows sort them (as groupBattles does). */
export const OUTCOMES: readonly BattleOutcome[] = ["A", "B", "TIE", "TIE_BOTHBAD"];

// Pair keys a·2²⁶ + b stay exact doubles for up to 67 million models.
const PAIR_SPAN = 2 ** 26;

/**
 * A running count of battles by (A, B, outcome), one small array per
 * ordered model pair: the weekly history adds a week of counts at a time
 * and groups the running total 25 times or more, where string keys per
 * (A, B, outcome) cost a few hundred bytes per row each time. `grouped()`
 * gives exactly what groupBattles gives for the same battles.
 */
export class BattleCountTable {
  private readonly index = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly pairs = new Map<number, Float64Array>();

  /** Adds `counts[o]` battles of modelA against modelB with the outcome OUTCOMES[o]. */
  add(modelA: string, modelB: string, counts: ArrayLike<number>): void {
    // A battle of a model against itself says nothing about ratings (groupBattles drops it too).
    if (modelA === modelB) return;
    const key = this.slot(modelA) * PAIR_SPAN + this.slot(modelB);
    let pair = this.pairs.get(key);
    if (!pair) this.pairs.set(key, (pair = new Float64Array(OUTCOMES.length)));
    for (let o = 0; o < OUTCOMES.length; o++) pair[o] = (pair[o] as number) + (counts[o] as number);
  }

  /** The counts as grouped rows over the models that have battles, sorted by (a, b, outcome). */
  grouped(): GroupedBattles {
    const used = new Uint8Array(this.ids.length);
    this.pairs.forEach((pair, key) => {
      if (pair.some((c) => c > 0)) used[Math.floor(key / PAIR_SPAN)] = used[key % PAIR_SPAN] = 1;
    });
    // Sorted as groupBattles sorts model keys (by UTF-16 code units, Array.prototype.sort's default).
    const order = this.ids.map((_, i) => i).filter((i) => used[i]);
    order.sort((x, y) => ((this.ids[x] as string) < (this.ids[y] as string) ? -1 : 1));
    const local = new Int32Array(this.ids.length);
    order.forEach((global, i) => (local[global] = i));
    const rows: GroupedRow[] = [];
    this.pairs.forEach((pair, key) => {
      const a = local[Math.floor(key / PAIR_SPAN)] as number;
      const b = local[key % PAIR_SPAN] as number;
      for (let o = 0; o < OUTCOMES.length; o++) {
        if ((pair[o] as number) > 0) rows.push({ a, b, outcome: OUTCOMES[o] as BattleOutcome, count: pair[o] as number });
      }
    });
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
