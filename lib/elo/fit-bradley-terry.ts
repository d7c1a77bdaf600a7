import { choleskyFactor, choleskySolve } from "./dense-cholesky";
import type { PairCounts, PairTable } from "./pair-table";

/** log σ(x) without overflow on either side. */
const logSigmoid = (x: number) => (x >= 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x)));

/**
 * A ridge far too small to move any estimate (1e-9 of a model's average
 * battle count): it only keeps the fit finite when a model never lost or
 * never won, or the pairs fall apart into groups that never met, where the
 * plain maximum likelihood has no finite solution.
 */
function ridgeFor(counts: PairCounts, m: number): number {
  let total = 0;
  for (const n of counts.battles) total += n;
  return 1e-9 * Math.max(1, total / Math.max(1, m));
}

function objective(table: PairTable, counts: PairCounts, beta: Float64Array, ridge: number): number {
  let ll = 0;
  for (let p = 0; p < table.pairI.length; p++) {
    const n = counts.battles[p] as number;
    if (n === 0) continue;
    const w = counts.winsOfI[p] as number;
    const d = (beta[table.pairI[p] as number] as number) - (beta[table.pairJ[p] as number] as number);
    ll += w * logSigmoid(d) + (n - w) * logSigmoid(-d);
  }
  let sq = 0;
  for (const b of beta) sq += b * b;
  return ll - (ridge / 2) * sq;
}

/**
 * The negative Hessian of the log-likelihood (a weighted graph Laplacian)
 * plus the ridge, and the gradient, at beta.
 */
function curvature(table: PairTable, counts: PairCounts, beta: Float64Array, ridge: number, h = new Float64Array(table.modelCount ** 2)) {
  const m = table.modelCount;
  const grad = new Float64Array(m);
  h.fill(0);
  for (let p = 0; p < table.pairI.length; p++) {
    const n = counts.battles[p] as number;
    if (n === 0) continue;
    const i = table.pairI[p] as number;
    const j = table.pairJ[p] as number;
    const prob = 1 / (1 + Math.exp((beta[j] as number) - (beta[i] as number)));
    const g = (counts.winsOfI[p] as number) - n * prob;
    grad[i] = (grad[i] as number) + g;
    grad[j] = (grad[j] as number) - g;
    const c = n * prob * (1 - prob);
    h[i * m + i] = (h[i * m + i] as number) + c;
    h[j * m + j] = (h[j * m + j] as number) + c;
    h[i * m + j] = (h[i * m + j] as number) - c;
    h[j * m + i] = (h[j * m + i] as number) - c;
  }
  let trace = 0;
  for (let i = 0; i < m; i++) {
    grad[i] = (grad[i] as number) - ridge * (beta[i] as number);
    h[i * m + i] = (h[i * m + i] as number) + ridge;
    trace += h[i * m + i] as number;
  }
  return { grad, h, trace };
}

/**
 * The likelihood cannot tell ratings apart from ratings shifted by a
 * constant, so its Hessian is singular along (1, …, 1). The gradient never
 * points that way, so adding a constant to every entry changes no Newton
 * step but makes the system positive definite.
 */
function pinShift(h: Float64Array, m: number, trace: number): void {
  const c = Math.max(trace / m, 1) / m;
  for (let k = 0; k < m * m; k++) h[k] = (h[k] as number) + c;
}

export interface FitOptions {
  /** Where Newton starts (e.g. the full-data fit for a bootstrap round); zeros by default. */
  start?: Float64Array;
  maxIterations?: number;
}

/**
 * Bradley–Terry maximum likelihood: P(i beats j) = σ(βᵢ − βⱼ), ties half a
 * win each. Newton's method with step halving on the pair table (cost grows
 * with models², not with votes); converges in a handful of iterations.
 * Returns β in natural-log odds units, centred on mean 0.
 */
export function fitBradleyTerry(table: PairTable, counts: PairCounts, options: FitOptions = {}): Float64Array {
  const m = table.modelCount;
  const ridge = ridgeFor(counts, m);
  let beta = options.start ? Float64Array.from(options.start) : new Float64Array(m);
  let current = objective(table, counts, beta, ridge);
  const maxIterations = options.maxIterations ?? 100;
  // The m×m matrices are allocated once per fit, not per Newton step: a bootstrap fits 100 times.
  const hessian = new Float64Array(m * m);
  const factor = new Float64Array(m * m);
  for (let iter = 0; iter < maxIterations; iter++) {
    const { grad, h, trace } = curvature(table, counts, beta, ridge, hessian);
    pinShift(h, m, trace);
    const step = choleskySolve(choleskyFactor(h, m, factor), m, grad);
    let t = 1;
    let next = beta;
    let value = current;
    for (let halvings = 0; halvings < 40; halvings++) {
      next = beta.map((b, i) => b + t * (step[i] as number));
      value = objective(table, counts, next, ridge);
      if (value >= current - 1e-12 * Math.abs(current)) break;
      t /= 2;
    }
    let moved = 0;
    for (let i = 0; i < m; i++) moved = Math.max(moved, Math.abs((next[i] as number) - (beta[i] as number)));
    beta = next;
    current = value;
    if (moved < 1e-10) break;
  }
  const mean = beta.reduce((s, b) => s + b, 0) / Math.max(1, m);
  return beta.map((b) => b - mean);
}

/**
 * Covariance of the centred β from the observed information (the inverse
 * Hessian on the mean-zero subspace): a normal approximation, used where a
 * bootstrap per point would be too slow (the weekly history series).
 */
export function betaCovariance(table: PairTable, counts: PairCounts, beta: Float64Array): Float64Array {
  const m = table.modelCount;
  const { h, trace } = curvature(table, counts, beta, ridgeFor(counts, m));
  pinShift(h, m, trace);
  const l = choleskyFactor(h, m);
  const inv = new Float64Array(m * m);
  for (let c = 0; c < m; c++) {
    const e = new Float64Array(m);
    e[c] = 1;
    const col = choleskySolve(l, m, e);
    for (let r = 0; r < m; r++) inv[r * m + c] = col[r] as number;
  }
  // Project onto mean-zero ratings: P inv P with P = I − 11ᵀ/m.
  const rowMean = new Float64Array(m);
  let all = 0;
  for (let r = 0; r < m; r++) {
    let s = 0;
    for (let c = 0; c < m; c++) s += inv[r * m + c] as number;
    rowMean[r] = s / m;
    all += s;
  }
  all /= m * m;
  const cov = new Float64Array(m * m);
  for (let r = 0; r < m; r++) {
    for (let c = 0; c < m; c++) cov[r * m + c] = (inv[r * m + c] as number) - (rowMean[r] as number) - (rowMean[c] as number) + all;
  }
  return cov;
}
