/** A validated date or date-time string as a Date; a bare date is midnight UTC. */
export function parseWhen(value: string): Date {
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
}
