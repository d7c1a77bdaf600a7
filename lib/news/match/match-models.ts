import { isCjkLetter, isHangul, isWordChar, KOREAN_PARTICLES, tightenCjkSpacing } from "../../search/cjk-scripts";
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

const normalizeForMatching = (text: string) => tightenCjkSpacing(normalizeSearchText(text));

const firstChar = (text: string) => String.fromCodePoint(text.codePointAt(0) ?? 32);
const lastChar = (text: string) => Array.from(text.slice(-2)).at(-1) ?? " ";

/** Whether the Hangul letters from `at` to the end of their word (if any) are a particle. */
function particleFollows(text: string, at: number): boolean {
  const rest = /^\p{scx=Hangul}+/u.exec(text.slice(at))?.[0] ?? "";
  return rest === "" || KOREAN_PARTICLES.includes(rest);
}

/**
 * Whether a name found at [start, end) stands on its own. Between spaced
 * words the usual word boundary ("Kling" is not in "Klingon"); where the name
 * meets CJK text no space is expected: a Latin name against Han or kana
 * ("确认HappyHorse"), a Han or kana name anywhere in its run ("快手可灵3.0"). A
 * Hangul name must start a word and end it or be followed by a particle
 * ("클링이"), so "클링" is not found in "클링온".
 */
function standsAlone(text: string, start: number, end: number, name: string): boolean {
  const before = start > 0 ? lastChar(text.slice(Math.max(0, start - 2), start)) : " ";
  const after = end < text.length ? firstChar(text.slice(end)) : " ";
  const first = firstChar(name);
  const last = lastChar(name);
  const leftOk =
    !isWordChar(before) || !isWordChar(first) || (isHangul(first) ? !isHangul(before) : isCjkLetter(first) || isCjkLetter(before));
  const rightOk = !isWordChar(after) || !isWordChar(last) || (isHangul(last) ? particleFollows(text, end) : isCjkLetter(last) || isCjkLetter(after));
  return leftOk && rightOk;
}

/**
 * Models named in a text: case-, accent- and width-insensitive, on word
 * boundaries as standsAlone defines them for spaced and CJK text. Longer names
 * are tried first and claim their span, so "Sora 2" wins over "Sora" for the
 * same words (and "可灵 3.0" over "可灵"), while a separate mention of "Sora"
 * elsewhere still matches.
 */
export function matchModels(text: string, models: readonly ModelNames[]): ModelMatch[] {
  const haystack = normalizeForMatching(text);
  if (!haystack) return [];
  const candidates = models
    .flatMap((m) => m.names.map((name) => ({ modelId: m.modelId, name: normalizeForMatching(name) })))
    .filter((c) => c.name.length > 0)
    .sort((a, b) => b.name.length - a.name.length);
  const taken: Array<[number, number]> = [];
  const found = new Map<string, string>();
  for (const { modelId, name } of candidates) {
    for (let start = haystack.indexOf(name); start >= 0; start = haystack.indexOf(name, start + 1)) {
      const end = start + name.length;
      if (!standsAlone(haystack, start, end, name)) continue;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      if (!found.has(modelId)) found.set(modelId, name);
    }
  }
  return [...found].map(([modelId, matchedText]) => ({ modelId, matchedText }));
}
