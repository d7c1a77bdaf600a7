export interface EloBenchRow {
  step: string;
  database: string;
  seconds: number;
  /** Peak resident memory of the process during the step. */
  peakMb: number;
}

/** The figures as a Markdown table, as the README carries them. */
export function formatEloTable(rows: readonly EloBenchRow[]): string {
  return [
    "| step | database | time | peak RSS |",
    "|---|---|---:|---:|",
    ...rows.map((r) => `| ${r.step} | ${r.database} | ${r.seconds < 1 ? `${Math.round(r.seconds * 1000)} ms` : `${r.seconds.toFixed(1)} s`} | ${r.peakMb} MB |`),
  ].join("\n");
}
