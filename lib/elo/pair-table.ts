import type { GroupedBattles } from "./group-battles";

/**
 * The grouped battles folded onto unordered model pairs (i < j): how many
 * battles each pair fought and how many of them i won, a tie counting half a
 * win for each side. Bradley–Terry's likelihood depends on nothing else.
 */
export interface PairTable {
  modelCount: number;
  pairI: Int32Array;
  pairJ: Int32Array;
  /** Pair index of each grouped row. */
  rowPair: Int32Array;
  /** Share of each grouped row's battles won by the pair's i side (1, 0 or ½). */
  rowWinShare: Float64Array;
}

export interface PairCounts {
  battles: Float64Array;
  winsOfI: Float64Array;
}

export function buildPairTable(grouped: GroupedBattles): PairTable {
  const index = new Map<number, number>();
  const pairI: number[] = [];
  const pairJ: number[] = [];
  const m = grouped.models.length;
  const rowPair = new Int32Array(grouped.rows.length);
  const rowWinShare = new Float64Array(grouped.rows.length);
  grouped.rows.forEach((r, k) => {
    const i = Math.min(r.a, r.b);
    const j = Math.max(r.a, r.b);
    const key = i * m + j;
    let p = index.get(key);
    if (p === undefined) {
      p = pairI.length;
      index.set(key, p);
      pairI.push(i);
      pairJ.push(j);
    }
    rowPair[k] = p;
    const aWon = r.outcome === "A" ? 1 : r.outcome === "B" ? 0 : 0.5;
    rowWinShare[k] = r.a === i ? aWon : 1 - aWon;
  });
  return { modelCount: m, pairI: Int32Array.from(pairI), pairJ: Int32Array.from(pairJ), rowPair, rowWinShare };
}

/** Per-pair battles and wins for the given count of each grouped row. */
export function foldPairCounts(table: PairTable, rowCounts: ArrayLike<number>): PairCounts {
  const battles = new Float64Array(table.pairI.length);
  const winsOfI = new Float64Array(table.pairI.length);
  for (let k = 0; k < table.rowPair.length; k++) {
    const c = rowCounts[k] as number;
    if (c === 0) continue;
    const p = table.rowPair[k] as number;
    battles[p] = (battles[p] as number) + c;
    winsOfI[p] = (winsOfI[p] as number) + c * (table.rowWinShare[k] as number);
  }
  return { battles, winsOfI };
}
