const timeFmt = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

/** A moment to the minute, in UTC so the server render and the browser agree. */
export function formatMoment(iso: string): string {
  return `${timeFmt.format(new Date(iso))} UTC`;
}
