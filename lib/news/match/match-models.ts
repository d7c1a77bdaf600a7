import { normalizeSearchText } from "../../search/normalize-search-text";

/** A model and every spelling news may use for it (name and aliases). */
export interface ModelNames {
  modelId: string;
  names: string[];
}

export interface ModelMatch {
  modelId: string;
  /** The normalized text that matched, e.g. "sora 2". */
  matchedText: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Models named in a text: case- and diacritics-insensitive, on word
 * boundaries ("Kling" is not in "Klingon"). Longer names are tried first and
 * claim their span, so "Sora 2" wins over "Sora" for the same words, while a
 * separate mention of "Sora" elsewhere still matches.
 */
export function matchModels(text: string, models: readonly ModelNames[]): ModelMatch[] {
  const haystack = normalizeSearchText(text);
  if (!haystack) return [];
  const candidates = models
    .flatMap((m) => m.names.map((name) => ({ modelId: m.modelId, name: normalizeSearchText(name) })))
    .filter((c) => c.name.length > 0)
    .sort((a, b) => b.name.length - a.name.length);
  const taken: Array<[number, number]> = [];
  const found = new Map<string, string>();
  for (const { modelId, name } of candidates) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, "gu");
    for (const hit of haystack.matchAll(pattern)) {
      const start = hit.index;
      const end = start + name.length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      if (!found.has(modelId)) found.set(modelId, name);
    }
  }
  return [...found].map(([modelId, matchedText]) => ({ modelId, matchedText }));
}
