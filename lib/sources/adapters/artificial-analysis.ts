import { checkSourceEntries, tooManyEntries, type RawEntry } from "../check-source-entries";
import { isRecord, parseJsonBody } from "../parse-json-body";
import type { SourceAdapter } from "../source-entry";

/**
 * An interval as Artificial Analysis writes it: `"-6/+6"` (each side may
 * differ), or `ci_95` as a half-width (`6`, `"6"`, `"±6"`). Returns the
 * distances below and above the rating, or a reason.
 */
export function parseAaInterval(value: unknown): { below: number; above: number } | string {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? { below: value, above: value } : `must be a half-width of 0 or more, got ${value}`;
  if (typeof value !== "string") return `must be "-N/+N" or a number, got ${JSON.stringify(value)}`;
  const text = value.trim();
  const split = /^-\s*(\d+(?:\.\d+)?)\s*\/\s*\+\s*(\d+(?:\.\d+)?)$/.exec(text);
  if (split) return { below: Number(split[1]), above: Number(split[2]) };
  const half = /^(?:±|\+\/-|\+-)?\s*(\d+(?:\.\d+)?)$/.exec(text);
  if (half) return { below: Number(half[1]), above: Number(half[1]) };
  return `must be "-N/+N" or a half-width, got ${JSON.stringify(text.slice(0, 40))}`;
}

/**
 * The Artificial Analysis media API (`/api/v2/data/media/<arena>`):
 * `{ data: [{ id, name, slug, model_creator: { name }, elo, rank, ci95 | ci_95, appearances, release_date }] }`;
 * the free tier omits rank and appearances. The key is the entry's slug (else
 * its id); appearances count as votes. It takes no selector.
 */
export const artificialAnalysis: SourceAdapter = (body, { selector }) => {
  if (selector) return { ok: false, error: `the artificial-analysis adapter takes no selector (got "${selector}"): one URL is one arena` };
  const parsed = parseJsonBody(body);
  if (!parsed.ok) return parsed;
  const data = isRecord(parsed.value) ? parsed.value.data : undefined;
  if (!Array.isArray(data)) return { ok: false, error: "the body has no `data` array" };
  const tooMany = tooManyEntries(data.length);
  if (tooMany) return tooMany;
  const raw: RawEntry[] = [];
  for (const [i, item] of data.entries()) {
    const where = `data[${i}]`;
    if (!isRecord(item)) return { ok: false, error: `${where} is not an object` };
    const ci = item.ci95 ?? item.ci_95;
    let ciLow: unknown;
    let ciHigh: unknown;
    if (ci !== undefined && ci !== null) {
      const interval = parseAaInterval(ci);
      if (typeof interval === "string") return { ok: false, error: `${where}.ci95 ${interval}` };
      if (typeof item.elo === "number") {
        ciLow = item.elo - interval.below;
        ciHigh = item.elo + interval.above;
      }
    }
    const creator = isRecord(item.model_creator) ? item.model_creator.name : item.model_creator;
    raw.push({
      where,
      sourceKey: item.slug ?? item.id,
      displayName: item.name,
      rating: item.elo,
      ciLow,
      ciHigh,
      votes: item.appearances,
      rank: item.rank,
      creator,
    });
  }
  return checkSourceEntries(raw);
};
