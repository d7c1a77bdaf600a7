import type { AdapterOutcome, SourceEntry } from "./source-entry";

/** Adapters call it before reading entries one by one: a hostile board is refused without the work. */
export function tooManyEntries(count: number): { ok: false; error: string } | null {
  return count > MAX_SOURCE_ENTRIES ? { ok: false, error: `the publication holds ${count} entries; at most ${MAX_SOURCE_ENTRIES} are read` } : null;
}

/** A board far larger than any public arena is a broken or hostile source, not data to store. */
export const MAX_SOURCE_ENTRIES = 10_000;
export const MAX_SOURCE_NAME_LENGTH = 200;
/** Ratings on any Elo-like scale stay well inside this (the snapshot import's bound). */
export const MAX_SOURCE_RATING = 100_000;

/** One entry as an adapter found it, values unchecked; `where` names it in errors (e.g. `full["flux-2-pro"]`). */
export interface RawEntry {
  where: string;
  sourceKey: unknown;
  displayName: unknown;
  rating: unknown;
  ciLow?: unknown;
  ciHigh?: unknown;
  votes?: unknown;
  rank?: unknown;
  creator?: unknown;
}

export interface CheckOptions {
  /** CSV cells are text: numeric text counts as a number there, never in JSON. */
  numbersAsText?: boolean;
  versionDate?: Date | null;
}

class Malformed extends Error {}

const absent = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

function describe(v: unknown): string {
  const text = typeof v === "string" ? JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v) : String(v);
  return text;
}

function readNumber(v: unknown, field: string, asText: boolean): number {
  let n = Number.NaN;
  if (typeof v === "number") n = v;
  else if (asText && typeof v === "string" && /^\s*-?\d+(\.\d+)?([eE][-+]?\d+)?\s*$/.test(v)) n = Number(v);
  if (!Number.isFinite(n)) throw new Malformed(`${field} must be a number, got ${describe(v)}`);
  return n;
}

function readName(v: unknown, field: string): string {
  if (typeof v !== "string" && typeof v !== "number") throw new Malformed(`${field} must be text, got ${describe(v)}`);
  const text = String(v).trim();
  if (!text) throw new Malformed(`${field} is empty`);
  if (text.length > MAX_SOURCE_NAME_LENGTH) throw new Malformed(`${field} is ${text.length} characters long; at most ${MAX_SOURCE_NAME_LENGTH}`);
  return text;
}

function checkOne(raw: RawEntry, asText: boolean): SourceEntry {
  const at = (field: string) => `${raw.where}.${field}`;
  const sourceKey = readName(raw.sourceKey, at("key"));
  const displayName = readName(raw.displayName, at("name"));
  const rating = readNumber(raw.rating, at("rating"), asText);
  if (rating < 0 || rating > MAX_SOURCE_RATING) throw new Malformed(`${at("rating")} must be between 0 and ${MAX_SOURCE_RATING}, got ${rating}`);
  const entry: SourceEntry = { sourceKey, displayName, rating };
  if (absent(raw.ciLow) !== absent(raw.ciHigh)) throw new Malformed(`${raw.where} has one bound of its interval without the other`);
  if (!absent(raw.ciLow)) {
    const ciLow = readNumber(raw.ciLow, at("ciLow"), asText);
    const ciHigh = readNumber(raw.ciHigh, at("ciHigh"), asText);
    // A bound a hair past the rating is float noise in a published file; a real inversion is not.
    if (ciLow > rating + 1e-6) throw new Malformed(`${at("ciLow")} (${ciLow}) is above the rating (${rating})`);
    if (ciHigh < rating - 1e-6) throw new Malformed(`${at("ciHigh")} (${ciHigh}) is below the rating (${rating})`);
    entry.ciLow = ciLow;
    entry.ciHigh = ciHigh;
  }
  if (!absent(raw.votes)) {
    const votes = readNumber(raw.votes, at("votes"), asText);
    if (!Number.isInteger(votes) || votes < 0) throw new Malformed(`${at("votes")} must be a whole number, 0 or more, got ${votes}`);
    entry.votes = votes;
  }
  if (!absent(raw.rank)) {
    const rank = readNumber(raw.rank, at("rank"), asText);
    if (!Number.isInteger(rank) || rank < 1) throw new Malformed(`${at("rank")} must be a whole number, 1 or more, got ${rank}`);
    entry.rank = rank;
  }
  if (!absent(raw.creator)) entry.creator = readName(raw.creator, at("creator"));
  return entry;
}

/**
 * The checks every adapter's output goes through: a bounded number of
 * entries, names of sane length, finite non-negative ratings inside their
 * intervals, whole vote counts, no key twice. The first problem is the
 * error, naming the entry and field.
 */
export function checkSourceEntries(raw: readonly RawEntry[], options: CheckOptions = {}): AdapterOutcome {
  if (raw.length === 0) return { ok: false, error: "the publication holds no entries" };
  const tooMany = tooManyEntries(raw.length);
  if (tooMany) return tooMany;
  const entries: SourceEntry[] = [];
  const seen = new Set<string>();
  try {
    for (const r of raw) {
      const entry = checkOne(r, options.numbersAsText ?? false);
      if (seen.has(entry.sourceKey)) throw new Malformed(`${r.where}: the key "${entry.sourceKey}" appears twice`);
      seen.add(entry.sourceKey);
      entries.push(entry);
    }
  } catch (error) {
    if (error instanceof Malformed) return { ok: false, error: error.message };
    throw error;
  }
  return { ok: true, board: { entries, versionDate: options.versionDate ?? null } };
}
