/** At least this share of the models in both versions moved within ±TOLERANCE of the median shift… */
export const REANCHOR_MIN_SHARE = 0.8;
export const REANCHOR_TOLERANCE = 2;
/** …and the median shift is at least this large: then the scale moved, not the models. */
export const REANCHOR_MIN_SHIFT = 5;
/** Fewer models in common than this say nothing about the scale. */
const MIN_COMMON = 3;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * Whether a new version re-anchored the scale: most models present in both
 * versions moved by nearly the same amount. Returns that common shift (the
 * median), or null when the moves are the models' own.
 */
export function detectReanchoring(before: ReadonlyMap<string, number>, after: ReadonlyMap<string, number>): number | null {
  const shifts = [...after].flatMap(([key, rating]) => {
    const was = before.get(key);
    return was === undefined ? [] : [rating - was];
  });
  if (shifts.length < MIN_COMMON) return null;
  const shift = median(shifts);
  if (Math.abs(shift) < REANCHOR_MIN_SHIFT) return null;
  const alike = shifts.filter((s) => Math.abs(s - shift) <= REANCHOR_TOLERANCE).length;
  return alike / shifts.length >= REANCHOR_MIN_SHARE ? shift : null;
}
