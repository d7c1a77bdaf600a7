// The leaderboard-sources domain's own types: what an adapter reads out of a
// published leaderboard, whatever its format. The API layer maps these; this
// folder never imports lib/api.

/** One model's line in a published leaderboard, as the source states it. */
export interface SourceEntry {
  /** The source's own identifier for the entry (LMArena: its display name; Artificial Analysis: its slug). */
  sourceKey: string;
  /** How the source shows the entry; may be an anonymous codename. */
  displayName: string;
  rating: number;
  ciLow?: number;
  ciHigh?: number;
  /** Votes or appearances; absent where the source publishes none. */
  votes?: number;
  /** The source's own rank, kept for reference (Modelwatch derives rank with uncertainty from the intervals). */
  rank?: number;
  /** Who made it, where the source says (Artificial Analysis' model_creator, FastChat's Organization). */
  creator?: string;
}

/** A publication read by an adapter: its entries, and the date it states for itself if any. */
export interface ParsedBoard {
  entries: SourceEntry[];
  /** The publication's own date (a mapped date column); null when only the fetch time is known. */
  versionDate: Date | null;
}

export type AdapterOutcome = { ok: true; board: ParsedBoard } | { ok: false; error: string };

export const SOURCE_ADAPTERS = ["lmarena-catalog", "artificial-analysis", "fastchat-csv", "mapped"] as const;
export type SourceAdapterName = (typeof SOURCE_ADAPTERS)[number];

/**
 * How a "mapped" source's columns (CSV header names, or JSON field names of
 * each object) become entries. An interval is either both bounds or a half-width.
 */
export interface ColumnMapping {
  format: "csv" | "json";
  model: string;
  /** The source's stable key, when it differs from the shown name. */
  key?: string;
  rating: string;
  ciLow?: string;
  ciHigh?: string;
  halfWidth?: string;
  votes?: string;
  rank?: string;
  creator?: string;
  /** A date column (YYYY-MM-DD or ISO date-time): the newest one is the version's date. */
  date?: string;
}

/** What an adapter is given besides the body. */
export interface AdapterInput {
  /** The category inside the publication (LMArena's `full`, FastChat's `anony`/`full`, a mapped JSON path). */
  selector: string | null;
  mapping: ColumnMapping | null;
}

/** A pure function from a published body to entries, or an error naming what is malformed. */
export type SourceAdapter = (body: string, input: AdapterInput) => AdapterOutcome;
