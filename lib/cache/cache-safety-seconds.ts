/**
 * Every cached read (and every response the server's front cache keeps) also expires
 * on its own after an hour: tags make a change visible at once, this only bounds what
 * a write that forgot to invalidate (or time-derived text such as "needs re-check")
 * can leave behind.
 */
export const CACHE_SAFETY_SECONDS = 3600;
