export interface EloBenchRow {
  step: string;
  database: string;
  seconds: number;
  /** Peak resident memory of the process during the step (with PGlite: its WebAssembly heap too). */
  peakMb: number;
  /** Peak JavaScript heap plus array buffers: this code's own memory. */
  heapMb: number;
}

/** The figures as a Markdown table, as the README carries them. */
export function formatEloTable(rows: readonly EloBenchRow[]): string {
  return [
    "| step | database | time | peak RSS | peak JS heap |",
    "|---|---|---:|---:|---:|",
    ...rows.map((r) => `| ${r.step} | ${r.database} | ${r.seconds < 1 ? `${Math.round(r.seconds * 1000)} ms` : `${r.seconds.toFixed(1)} s`} | ${r.peakMb} MB | ${r.heapMb} MB |`),
  ].join("\n");
}
