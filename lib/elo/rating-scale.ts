/** The arenas' rating scale: 400 points per factor of 10 in the odds of winning, centred on 1000. */
export const RATING_SCALE = 400;
export const RATING_BASE = 10;
export const RATING_MEAN = 1000;

/** Rating points per unit of natural-log odds. */
export const POINTS_PER_LOGIT = RATING_SCALE / Math.log(RATING_BASE);

/** A named model fixed at a rating; without one the ratings' mean is 1000. */
export interface RatingAnchor {
  model: string;
  rating: number;
}

/** How a snapshot records its anchor: "mean=1000" or "model:seedance-2-0=1250". */
export function describeAnchor(anchor: RatingAnchor | null | undefined): string {
  return anchor ? `model:${anchor.model}=${anchor.rating}` : `mean=${RATING_MEAN}`;
}

/**
 * Ratings from centred β: 1000 + points × β, then shifted so the anchor model
 * sits at its rating when there is one.
 */
export function toRatings(beta: ArrayLike<number>, anchorIndex: number | null, anchorRating: number): Float64Array {
  const out = Float64Array.from(beta as ArrayLike<number>, (b) => RATING_MEAN + POINTS_PER_LOGIT * b);
  if (anchorIndex !== null) {
    const shift = anchorRating - (out[anchorIndex] as number);
    for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) + shift;
  }
  return out;
}
