import { hasCjk } from "../../search/cjk-scripts";

/** Titles this alike (Jaccard index of their token sets) report the same story. */
export const SAME_STORY_SIMILARITY = 0.5;
/** A single shared word (usually a model's name) never makes two titles one story. */
export const SAME_STORY_MIN_SHARED = 2;
/** Coverage of one story is published within a few days; older items are another story. */
export const SAME_STORY_WINDOW_DAYS = 3;
/**
 * A word in more stored titles than this ("update", a busy model's name) is
 * not looked up to find a story's other reports: the rarer words two reports
 * share do that, and looking up every title that says "update" would make
 * each ingest read a large part of the table. (Two reports sharing only
 * common words are then not clustered: the price of a bounded ingest.)
 */
export const COMMON_TOKEN_TITLES = 200;
/**
 * Across languages (or Chinese scripts) headlines share only what a translation keeps: Latin
 * names and numbers. This many of them, a name and a number among them, make one story.
 */
export const CROSS_LANGUAGE_MIN_SHARED = 3;

export function sharedTokenCount(a: readonly string[], b: readonly string[]): number {
  const set = new Set(a);
  return new Set(b.filter((t) => set.has(t))).size;
}

/** Jaccard index of two token sets: shared words over all words. */
export function titleSimilarity(a: readonly string[], b: readonly string[]): number {
  const shared = sharedTokenCount(a, b);
  const union = new Set([...a, ...b]).size;
  return union === 0 ? 0 : shared / union;
}

const isNumber = (token: string) => /^\p{N}/u.test(token);

/**
 * Each title has a number the other lacks: "Kling 3.0 gets an API price cut"
 * and "Kling 2.5 gets an API price cut" are about different versions, however
 * alike the words. One title merely adding a number (a price) is no conflict.
 */
function numbersConflict(a: readonly string[], b: readonly string[]): boolean {
  const onlyIn = (x: readonly string[], y: readonly string[]) => x.some((t) => isNumber(t) && !y.includes(t));
  return onlyIn(a, b) && onlyIn(b, a);
}

/**
 * A CJK title and another one, in English or in other CJK words (simplified
 * and traditional Chinese, Japanese): the same story when the words a
 * translation keeps — the model's name, the story's numbers — are shared, at
 * least CROSS_LANGUAGE_MIN_SHARED of them and two thirds of the shorter list.
 */
function sameStoryAcrossLanguages(a: readonly string[], b: readonly string[]): boolean {
  if (!a.some(hasCjk) && !b.some(hasCjk)) return false;
  const keptA = a.filter((t) => !hasCjk(t));
  const keptB = new Set(b.filter((t) => !hasCjk(t)));
  const shared = keptA.filter((t) => keptB.has(t));
  return (
    shared.length >= CROSS_LANGUAGE_MIN_SHARED &&
    shared.some(isNumber) &&
    shared.some((t) => !isNumber(t)) &&
    shared.length * 3 >= Math.min(keptA.length, keptB.size) * 2
  );
}

/** Whether two titles' tokens (see titleTokens) read as the same story. */
export function isSameStory(a: readonly string[], b: readonly string[]): boolean {
  if (numbersConflict(a, b)) return false;
  return (sharedTokenCount(a, b) >= SAME_STORY_MIN_SHARED && titleSimilarity(a, b) >= SAME_STORY_SIMILARITY) || sameStoryAcrossLanguages(a, b);
}
