/**
 * Walker's alias table for drawing grouped rows in proportion to their
 * counts: each draw costs one uniform number and one comparison.
 */
export interface AliasTable {
  probability: Float64Array;
  alias: Int32Array;
  total: number;
}

export function buildAliasTable(counts: ArrayLike<number>): AliasTable {
  const k = counts.length;
  let total = 0;
  for (let i = 0; i < k; i++) total += counts[i] as number;
  const scaled = new Float64Array(k);
  for (let i = 0; i < k; i++) scaled[i] = ((counts[i] as number) * k) / total;
  const probability = new Float64Array(k);
  const alias = new Int32Array(k);
  const small: number[] = [];
  const large: number[] = [];
  scaled.forEach((p, i) => (p < 1 ? small : large).push(i));
  while (small.length && large.length) {
    const s = small.pop() as number;
    const l = large.pop() as number;
    probability[s] = scaled[s] as number;
    alias[s] = l;
    scaled[l] = (scaled[l] as number) + (scaled[s] as number) - 1;
    ((scaled[l] as number) < 1 ? small : large).push(l);
  }
  // What is left is 1 up to rounding.
  for (const i of [...small, ...large]) {
    probability[i] = 1;
    alias[i] = i;
  }
  return { probability, alias, total };
}

const TWO_32 = 4294967296;

/**
 * One multinomial resample: `total` battles drawn with replacement from the
 * grouped rows, as resampling the original battle list row by row would.
 * One 32-bit draw per battle picks both the column (its integer part of
 * r·k/2³²) and the coin within it (the fraction): the draws dominate the
 * bootstrap's cost, and the probabilities stay exact to within k/2³²
 * (under 1e-5 for 40,000 grouped rows).
 */
export function resampleCounts(table: AliasTable, nextUint32: () => number, out = new Float64Array(table.probability.length)): Float64Array {
  const k = table.probability.length;
  const scale = k / TWO_32;
  out.fill(0);
  for (let d = 0; d < table.total; d++) {
    const u = nextUint32() * scale;
    const i = Math.floor(u);
    const pick = u - i < (table.probability[i] as number) ? i : (table.alias[i] as number);
    out[pick] = (out[pick] as number) + 1;
  }
  return out;
}
