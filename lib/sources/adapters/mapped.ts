import { parseCsv } from "@/lib/csv/parse-csv";
import { checkSourceEntries, tooManyEntries, type RawEntry } from "../check-source-entries";
import { isRecord, parseJsonBody } from "../parse-json-body";
import type { ColumnMapping, SourceAdapter } from "../source-entry";

/** `a.b.c` into an object; field names never contain dots in the formats we map. */
function pick(value: unknown, path: string): unknown {
  let at = value;
  for (const part of path.split(".")) {
    if (!isRecord(at)) return undefined;
    at = at[part];
  }
  return at;
}

const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

function readDate(value: unknown): Date | null {
  if (typeof value !== "string" || !DATE.test(value.trim())) return null;
  const text = value.trim();
  const d = new Date(text.length === 10 ? `${text}T00:00:00Z` : text);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Records (CSV rows keyed by header, or the JSON array's objects) with a label for errors. */
function records(body: string, mapping: ColumnMapping, selector: string | null): { ok: true; list: { where: string; get: (f: string) => unknown }[] } | { ok: false; error: string } {
  if (mapping.format === "csv") {
    let table: string[][];
    try {
      table = parseCsv(body.replace(/^\uFEFF/, ""));
    } catch (error) {
      return { ok: false, error: `the body is not CSV (${(error as Error).message})` };
    }
    const [header, ...rows] = table;
    const columns = (header ?? []).map((h) => h.trim());
    const used = [mapping.model, mapping.key, mapping.rating, mapping.ciLow, mapping.ciHigh, mapping.halfWidth, mapping.votes, mapping.rank, mapping.creator, mapping.date];
    for (const c of used) if (c !== undefined && !columns.includes(c)) return { ok: false, error: `the CSV has no "${c}" column (its header: ${columns.slice(0, 10).join(", ") || "none"})` };
    const list = rows
      .map((cells, i) => ({ cells, line: i + 2 }))
      .filter(({ cells }) => !(cells.length === 1 && cells[0]?.trim() === ""))
      .map(({ cells, line }) => ({ where: `line ${line}`, get: (f: string) => cells[columns.indexOf(f)] }));
    return { ok: true, list };
  }
  const parsed = parseJsonBody(body);
  if (!parsed.ok) return parsed;
  const array = selector ? pick(parsed.value, selector) : parsed.value;
  if (!Array.isArray(array)) return { ok: false, error: selector ? `"${selector}" in the body is not an array` : "the body is not a JSON array (give the path to the array as the selector)" };
  const list = [];
  for (const [i, item] of array.entries()) {
    const where = `${selector ?? ""}[${i}]`;
    if (!isRecord(item)) return { ok: false, error: `${where} is not an object` };
    list.push({ where, get: (f: string) => pick(item, f) });
  }
  return { ok: true, list };
}

/**
 * Any CSV or JSON leaderboard whose columns the editor maps (model, rating,
 * bounds or a half-width, votes, rank, creator, date). The selector is the
 * dotted path to the JSON array (`data`, `results.items`); the newest value of
 * a mapped date column is the version's own date.
 */
export const mapped: SourceAdapter = (body, { selector, mapping }) => {
  if (!mapping) return { ok: false, error: "the mapped adapter needs a column mapping (model and rating at least)" };
  const found = records(body, mapping, selector);
  if (!found.ok) return found;
  const tooMany = tooManyEntries(found.list.length);
  if (tooMany) return tooMany;
  const asText = mapping.format === "csv";
  const raw: RawEntry[] = [];
  let versionDate: Date | null = null;
  for (const { where, get } of found.list) {
    const rating = get(mapping.rating);
    let ciLow = mapping.ciLow ? get(mapping.ciLow) : undefined;
    let ciHigh = mapping.ciHigh ? get(mapping.ciHigh) : undefined;
    if (mapping.halfWidth) {
      const half = get(mapping.halfWidth);
      const h = typeof half === "number" ? half : asText && typeof half === "string" && half.trim() !== "" ? Number(half) : Number.NaN;
      const r = typeof rating === "number" ? rating : asText && typeof rating === "string" ? Number(rating) : Number.NaN;
      if (half !== undefined && half !== null && half !== "") {
        if (!Number.isFinite(h) || h < 0) return { ok: false, error: `${where}.${mapping.halfWidth} must be a half-width of 0 or more, got ${JSON.stringify(half)}` };
        if (Number.isFinite(r)) {
          ciLow = r - h;
          ciHigh = r + h;
        }
      }
    }
    if (mapping.date) {
      const value = get(mapping.date);
      const date = readDate(value);
      if (!date) return { ok: false, error: `${where}.${mapping.date} must be a date (YYYY-MM-DD or ISO date-time), got ${JSON.stringify(value)}` };
      if (!versionDate || date > versionDate) versionDate = date;
    }
    const name = get(mapping.model);
    raw.push({
      where,
      sourceKey: mapping.key ? get(mapping.key) : name,
      displayName: name,
      rating,
      ciLow,
      ciHigh,
      votes: mapping.votes ? get(mapping.votes) : undefined,
      rank: mapping.rank ? get(mapping.rank) : undefined,
      creator: mapping.creator ? get(mapping.creator) : undefined,
    });
  }
  return checkSourceEntries(raw, { numbersAsText: asText, versionDate });
};
