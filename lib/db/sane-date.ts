// Dates the database is asked about must be ones it can hold and we could mean: PostgreSQL
// has no year 0 (`0000-01-01` fails the query: a 500), and nothing Modelwatch tracks
// predates 1970 or lies beyond 9999. Every date that comes in from outside is checked here.
import { z } from "zod";

export const SANE_DATE_MIN = "1970-01-01";
export const SANE_DATE_MAX = "9999-12-31";
export const SANE_DATE_MESSAGE = `must be between ${SANE_DATE_MIN} and ${SANE_DATE_MAX}`;

const MIN_MS = Date.parse(`${SANE_DATE_MIN}T00:00:00Z`);
const MAX_MS = Date.parse(`${SANE_DATE_MAX}T23:59:59.999Z`);

/** Whether an ISO date or date-time string (already checked for its format) is within the sane range. */
export function isSaneDate(iso: string): boolean {
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  return !Number.isNaN(ms) && ms >= MIN_MS && ms <= MAX_MS;
}

/** An ISO date-time (as cursors carry them) within the sane range. */
export const saneDateTime = z.iso.datetime().refine(isSaneDate, SANE_DATE_MESSAGE);
