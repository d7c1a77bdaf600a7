// Snapshot import rows, JSON or CSV, checked field by field before anything is
// written. Every problem is reported (not just the first), named like
// `rows[3].ciLow` — rows are numbered from 1 in the order given (in a CSV the
// header is not a row, so row N is on line N + 1).
import { parseCsv } from "@/lib/csv/parse-csv";
import { RatingMethod } from "@/lib/db/enums";

export interface RowProblem {
  name: string;
  reason: string;
}

export interface SnapshotRowInput {
  row: number;
  /** Model slug or alias, as written. */
  model: string;
  capturedAt: Date;
  rating: number;
  ciLow: number | null;
  ciHigh: number | null;
  votes: number | null;
  appearances: number | null;
  method: RatingMethod | null;
  pool: string | null;
  anchor: string | null;
  displayLabel: string | null;
}

export const SNAPSHOT_COLUMNS = [
  "model",
  "capturedAt",
  "rating",
  "ciLow",
  "ciHigh",
  "votes",
  "appearances",
  "method",
  "pool",
  "anchor",
  "displayLabel",
] as const;

const KNOWN = new Set<string>(SNAPSHOT_COLUMNS);
const MAX_TEXT = 200;
/** Ratings on any Elo-like scale stay well inside this; anything beyond is a typo. */
const MAX_RATING = 100_000;

type Present = string | number | boolean | null | undefined | object;

function isBlank(v: Present): v is null | undefined | "" {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** Reads one row; every bad field adds a problem and leaves the row out. */
function readRow(record: Record<string, Present>, row: number, now: Date, problems: RowProblem[], checkKeys: boolean): SnapshotRowInput | null {
  const at = (field: string, reason: string) => problems.push({ name: `rows[${row}].${field}`, reason });
  const before = problems.length;
  if (checkKeys) for (const key of Object.keys(record)) if (!KNOWN.has(key)) at(key, "is not a snapshot column");

  const text = (field: string, required: boolean): string | null => {
    const v = record[field];
    if (isBlank(v)) {
      if (required) at(field, "is required");
      return null;
    }
    if (typeof v !== "string") return at(field, "must be text"), null;
    if (v.trim().length > MAX_TEXT) return at(field, `must be at most ${MAX_TEXT} characters`), null;
    return v.trim();
  };
  const num = (field: string, opts: { required?: boolean; integer?: boolean }): number | null => {
    const v = record[field];
    if (isBlank(v)) {
      if (opts.required) at(field, "is required");
      return null;
    }
    const n = typeof v === "number" ? v : typeof v === "string" && /^\s*-?\d+(\.\d+)?([eE][-+]?\d+)?\s*$/.test(v) ? Number(v) : NaN;
    if (!Number.isFinite(n)) return at(field, `must be a number, got ${JSON.stringify(v)}`), null;
    if (opts.integer && (!Number.isInteger(n) || n < 0)) return at(field, "must be a whole number, 0 or more"), null;
    if (!opts.integer && Math.abs(n) > MAX_RATING) return at(field, `must be between -${MAX_RATING} and ${MAX_RATING}`), null;
    return n;
  };

  const model = text("model", true);
  let capturedAt: Date | null = null;
  const rawAt = text("capturedAt", true);
  if (rawAt !== null) {
    const iso = /^\d{4}-\d{2}-\d{2}$/.test(rawAt) ? `${rawAt}T00:00:00Z` : rawAt;
    const d = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(iso) ? new Date(iso) : null;
    if (!d || Number.isNaN(d.getTime())) at("capturedAt", "must be a date (YYYY-MM-DD) or an ISO date-time with a time zone");
    else if (d.getTime() > now.getTime() + 24 * 3600_000) at("capturedAt", "is in the future");
    else capturedAt = d;
  }
  const rating = num("rating", { required: true });
  const ciLow = num("ciLow", {});
  const ciHigh = num("ciHigh", {});
  if (isBlank(record.ciLow) !== isBlank(record.ciHigh)) {
    at(isBlank(record.ciLow) ? "ciLow" : "ciHigh", "is required when the other bound of the interval is given");
  }
  if (ciLow !== null && rating !== null && ciLow > rating) at("ciLow", `must not be above the rating (${rating})`);
  if (ciHigh !== null && rating !== null && ciHigh < rating) at("ciHigh", `must not be below the rating (${rating})`);
  const votes = num("votes", { integer: true });
  const appearances = num("appearances", { integer: true });
  const rawMethod = text("method", false);
  const method = rawMethod === null ? null : rawMethod in RatingMethod ? (rawMethod as RatingMethod) : null;
  if (rawMethod !== null && method === null) at("method", `must be one of ${Object.values(RatingMethod).join(", ")}`);
  const pool = text("pool", false);
  const anchor = text("anchor", false);
  const displayLabel = text("displayLabel", false);

  if (problems.length > before || model === null || capturedAt === null || rating === null) return null;
  return { row, model, capturedAt, rating, ciLow, ciHigh, votes, appearances, method, pool, anchor, displayLabel };
}

export type ImportInput = { rows: Record<string, unknown>[] } | { csv: string };

/** CSV text into records; header problems are reported as `csv.<column>` or `csv`. */
function csvRecords(csv: string, problems: RowProblem[]): Record<string, string>[] {
  let table: string[][];
  try {
    table = parseCsv(csv.replace(/^\uFEFF/, ""));
  } catch (err) {
    problems.push({ name: "csv", reason: err instanceof Error ? err.message : "is not valid CSV" });
    return [];
  }
  const [header, ...rest] = table;
  if (!header) return [];
  const columns = header.map((h) => h.trim());
  for (const c of columns) if (!KNOWN.has(c)) problems.push({ name: `csv.${c || "(empty)"}`, reason: "is not a snapshot column" });
  const records: Record<string, string>[] = [];
  rest.forEach((cells, i) => {
    if (cells.length === 1 && cells[0]?.trim() === "") return; // a blank line
    if (cells.length !== columns.length) {
      problems.push({ name: `rows[${i + 1}]`, reason: `has ${cells.length} fields, the header has ${columns.length} (line ${i + 2})` });
    }
    records.push(Object.fromEntries(columns.map((c, j) => [c, cells[j] ?? ""])));
  });
  return records;
}

/** Every row checked; `problems` empty means every row is good. */
export function parseSnapshotRows(input: ImportInput, now = new Date()): { rows: SnapshotRowInput[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const isCsv = "csv" in input;
  const records = isCsv ? csvRecords(input.csv, problems) : input.rows;
  if (records.length === 0 && problems.length === 0) problems.push({ name: isCsv ? "csv" : "rows", reason: "holds no snapshot rows" });
  const rows: SnapshotRowInput[] = [];
  records.forEach((record, i) => {
    const parsed = readRow(record as Record<string, Present>, i + 1, now, problems, !isCsv);
    if (parsed) rows.push(parsed);
  });
  return { rows, problems: sortRowProblems(problems) };
}

/** File-level problems first, then rows in order, each row's problems together: the report reads top to bottom. */
export function sortRowProblems(problems: readonly RowProblem[]): RowProblem[] {
  const rowOf = (p: RowProblem) => Number(/^rows\[(\d+)\]/.exec(p.name)?.[1] ?? 0);
  return [...problems].sort((a, b) => rowOf(a) - rowOf(b));
}
