// `?at=YYYY-MM-DD` on leaderboard pages: a calendar day, read as "the latest
// snapshot captured on or before the end of that day (UTC)".

export type AsOfDate =
  | { kind: "latest" }
  | { kind: "invalid"; input: string }
  | { kind: "date"; day: string; endOfDay: Date };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseAsOfDate(input: string | string[] | undefined): AsOfDate {
  const raw = Array.isArray(input) ? input[0] : input;
  if (raw === undefined || raw.trim() === "" || raw.trim().toLowerCase() === "latest") return { kind: "latest" };
  const text = raw.trim();
  const m = DAY.exec(text);
  if (!m) return { kind: "invalid", input: text.slice(0, 40) };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const start = new Date(Date.UTC(y, mo - 1, d));
  // Date.UTC rolls 2026-02-30 over to March: a rolled date was not a real day.
  if (start.getUTCFullYear() !== y || start.getUTCMonth() !== mo - 1 || start.getUTCDate() !== d || y < 1970) {
    return { kind: "invalid", input: text };
  }
  return { kind: "date", day: text, endOfDay: new Date(start.getTime() + 86_400_000 - 1) };
}
