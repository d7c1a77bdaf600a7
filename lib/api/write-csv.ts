// RFC 4180 CSV: CRLF line ends, a header row, fields quoted when they hold a
// comma, quote, CR or LF, quotes doubled. Values are written as they are
// (no spreadsheet-formula escaping): the export must round-trip exactly.

export type CsvValue = string | number | boolean | null | undefined;

export interface CsvColumn<T> {
  name: string;
  value: (row: T) => CsvValue;
}

function field(v: CsvValue): string {
  if (v === null || v === undefined) return "";
  const s = typeof v === "string" ? v : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function writeCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  const lines = [columns.map((c) => field(c.name)).join(",")];
  for (const row of rows) lines.push(columns.map((c) => field(c.value(row))).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
