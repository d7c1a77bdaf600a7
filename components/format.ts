// Formatting shared by server and client components. Dates are formatted in
// UTC with a fixed locale so the server render and the browser agree.

const dateFmt = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const shortDateFmt = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const intFmt = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

export function formatDate(d: Date | string | number): string {
  return dateFmt.format(d instanceof Date ? d : new Date(d));
}

export function formatShortDate(d: Date | string | number): string {
  return shortDateFmt.format(d instanceof Date ? d : new Date(d));
}

/** Machine-readable date for <time dateTime>. */
export function isoDay(d: Date | string | number): string {
  return (d instanceof Date ? d : new Date(d)).toISOString().slice(0, 10);
}

export function formatRating(r: number): string {
  return intFmt.format(Math.round(r));
}

export function formatCount(n: number): string {
  return intFmt.format(n);
}

/** "+12 / −9": how far the 95% interval reaches above and below the rating. */
export function formatIntervalReach(rating: number, low: number, high: number): string {
  return `+${Math.round(high - rating)} / −${Math.round(rating - low)}`;
}
