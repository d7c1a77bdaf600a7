/**
 * The one spelling of an address we store and look up. `User.email` is unique
 * as stored, so every writer and reader must normalise the same way or
 * "Ann@x.org" and "ann@x.org" become two accounts.
 */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
