import { parseCsv } from "@/lib/csv/parse-csv";
import { checkSourceEntries, tooManyEntries, type RawEntry } from "../check-source-entries";
import type { SourceAdapter } from "../source-entry";

const RATING_COLUMNS = { anony: "Arena Elo rating (anony)", full: "Arena Elo rating (full)" } as const;

/**
 * The FastChat / GenAI-Arena leaderboard CSV
 * (`key,Model,Arena Elo rating (anony),Arena Elo rating (full),License,Organization,Link`).
 * The selector picks the rating column: `anony` (default) or `full`. Rows
 * without a rating there ("-" or empty: models the arena lists without
 * battles) are left out; no intervals, votes or ranks in this format.
 */
export const fastchatCsv: SourceAdapter = (body, { selector }) => {
  const which = selector ?? "anony";
  if (which !== "anony" && which !== "full") return { ok: false, error: `the fastchat-csv selector is "anony" or "full", not "${which}"` };
  let table: string[][];
  try {
    table = parseCsv(body.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { ok: false, error: `the body is not CSV (${(error as Error).message})` };
  }
  const [header, ...rows] = table;
  const columns = (header ?? []).map((h) => h.trim());
  const col = (name: string) => columns.indexOf(name);
  const ratingColumn = RATING_COLUMNS[which];
  for (const needed of ["key", "Model", ratingColumn]) {
    if (col(needed) < 0) return { ok: false, error: `the CSV has no "${needed}" column (its header: ${columns.slice(0, 10).join(", ") || "none"})` };
  }
  const tooMany = tooManyEntries(rows.length);
  if (tooMany) return tooMany;
  const raw: RawEntry[] = [];
  for (const [i, cells] of rows.entries()) {
    if (cells.length === 1 && cells[0]?.trim() === "") continue;
    if (cells.length !== columns.length) return { ok: false, error: `line ${i + 2} has ${cells.length} fields, the header has ${columns.length}` };
    const rating = cells[col(ratingColumn)]?.trim() ?? "";
    if (rating === "" || rating === "-") continue;
    raw.push({
      where: `line ${i + 2}`,
      sourceKey: cells[col("key")],
      displayName: cells[col("Model")],
      rating,
      creator: col("Organization") >= 0 ? cells[col("Organization")] : undefined,
    });
  }
  return checkSourceEntries(raw, { numbersAsText: true });
};
