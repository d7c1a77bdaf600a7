/** Titles this alike (Jaccard index of their token sets) report the same story. */
export const SAME_STORY_SIMILARITY = 0.5;
/** A single shared word (usually a model's name) never makes two titles one story. */
export const SAME_STORY_MIN_SHARED = 2;
/** Coverage of one story is published within a few days; older items are another story. */
export const SAME_STORY_WINDOW_DAYS = 3;

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

/** Whether two titles' tokens (see titleTokens) read as the same story. */
export function isSameStory(a: readonly string[], b: readonly string[]): boolean {
  return sharedTokenCount(a, b) >= SAME_STORY_MIN_SHARED && titleSimilarity(a, b) >= SAME_STORY_SIMILARITY;
}
