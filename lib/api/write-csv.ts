// RFC 4180 CSV: CRLF line ends, a header row, fields quoted when they hold a
// comma, quote, CR or LF, quotes doubled. Text that a spreadsheet would run as
// a formula (CSV injection: a claim or label starting with =, +, -, @, tab or
// CR) gets a leading single quote; every other value is written as it is.
// Numbers are never touched: a negative rating stays a number.

export type CsvValue = string | number | boolean | null | undefined;

export interface CsvColumn<T> {
  name: string;
  value: (row: T) => CsvValue;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell a spreadsheet would evaluate, made inert; other text as it is. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function field(v: CsvValue): string {
  if (v === null || v === undefined) return "";
  const s = typeof v === "string" ? neutraliseFormula(v) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function writeCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  const lines = [columns.map((c) => field(c.name)).join(",")];
  for (const row of rows) lines.push(columns.map((c) => field(c.value(row))).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
