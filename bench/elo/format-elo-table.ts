export interface EloBenchRow {
  step: string;
  database: string;
  seconds: number;
  /** Peak resident memory of the process during the step (with PGlite: its WebAssembly heap too). */
  peakMb: number;
  /** Peak JavaScript heap plus array buffers: this code's own memory. */
  heapMb: number;
}

// NaN: not measured for that step (a process of its own reports only its peak RSS).
const time = (s: number) => (Number.isNaN(s) ? "—" : s < 1 ? `${Math.round(s * 1000)} ms` : `${s.toFixed(1)} s`);
const mb = (n: number) => (Number.isNaN(n) ? "—" : `${n.toLocaleString("en")} MB`);

/** The figures as a Markdown table, as the README carries them. */
export function formatEloTable(rows: readonly EloBenchRow[]): string {
  return [
    "| step | database | time | peak RSS | peak JS heap |",
    "|---|---|---:|---:|---:|",
    ...rows.map((r) => `| ${r.step} | ${r.database} | ${time(r.seconds)} | ${mb(r.peakMb)} | ${mb(r.heapMb)} |`),
  ].join("\n");
}
