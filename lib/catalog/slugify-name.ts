/** Longest slug we make or accept: it appears in every URL of the model or board. */
export const MAX_SLUG_LENGTH = 80;

/** A URL slug: lower-case letters, digits and single hyphens ("Klíng 2.5 Turbo" → "kling-2-5-turbo"). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The slug a name gets when the editor gives none; empty when the name has no letters or digits. */
export function slugifyName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, "");
}
