import { checkSourceEntries, tooManyEntries, type RawEntry } from "../check-source-entries";
import { isRecord, parseJsonBody } from "../parse-json-body";
import type { SourceAdapter } from "../source-entry";

export const LMARENA_DEFAULT_CATEGORY = "full";

/**
 * LMArena's arena-catalog leaderboard JSON (`data/leaderboard-*.json`):
 * categories at the top, display names inside, each with `rating` and its
 * bootstrap 95% bounds `rating_q025` / `rating_q975`. No votes, no ranks.
 * The selector is the category (default `full`).
 */
export const lmarenaCatalog: SourceAdapter = (body, { selector }) => {
  const parsed = parseJsonBody(body);
  if (!parsed.ok) return parsed;
  if (!isRecord(parsed.value)) return { ok: false, error: "the body is not a JSON object of categories" };
  const category = selector ?? LMARENA_DEFAULT_CATEGORY;
  const board = parsed.value[category];
  if (board === undefined) {
    const known = Object.keys(parsed.value).slice(0, 20).join(", ");
    return { ok: false, error: `the publication has no category "${category}" (it has: ${known})` };
  }
  if (!isRecord(board)) return { ok: false, error: `category "${category}" is not an object of entries` };
  const tooMany = tooManyEntries(Object.keys(board).length);
  if (tooMany) return tooMany;
  const raw: RawEntry[] = [];
  for (const [name, value] of Object.entries(board)) {
    const where = `${category}[${JSON.stringify(name.slice(0, 80))}]`;
    if (!isRecord(value)) return { ok: false, error: `${where} is not an object` };
    raw.push({ where, sourceKey: name, displayName: name, rating: value.rating, ciLow: value.rating_q025, ciHigh: value.rating_q975 });
  }
  return checkSourceEntries(raw);
};
