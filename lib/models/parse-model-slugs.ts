/** More columns than this stop being readable side by side. */
export const MAX_COMPARED_MODELS = 6;

const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;

export interface ParsedModelSlugs {
  /** Distinct, well-formed slugs (lower-cased) in the order given, at most MAX_COMPARED_MODELS. */
  slugs: string[];
  /** Entries that cannot be slugs at all, as typed (shown back to the reader as unknown). */
  malformed: string[];
  /** Slugs dropped because more than MAX_COMPARED_MODELS were asked for. */
  dropped: string[];
}

/** `?models=a,b` and/or `?models=a&models=b` (what the picker form submits). */
export function parseModelSlugs(input: string | string[] | undefined): ParsedModelSlugs {
  const raw = (Array.isArray(input) ? input : input === undefined ? [] : [input])
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
  const slugs: string[] = [];
  const malformed: string[] = [];
  for (const entry of raw) {
    // Slugs are lower-case; a hand-typed capital should still find the model.
    const slug = entry.toLowerCase();
    if (SLUG.test(slug)) {
      if (!slugs.includes(slug)) slugs.push(slug);
    } else if (!malformed.includes(entry.slice(0, 60))) {
      malformed.push(entry.slice(0, 60));
    }
  }
  return { slugs: slugs.slice(0, MAX_COMPARED_MODELS), malformed, dropped: slugs.slice(MAX_COMPARED_MODELS) };
}
