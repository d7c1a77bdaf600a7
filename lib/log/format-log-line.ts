// Development output: one readable line per log record instead of JSON, so a
// person can follow a request or a job in the terminal. Production writes the
// JSON lines unchanged (for a log collector).

const LEVELS: Record<number, string> = { 10: "TRACE", 20: "DEBUG", 30: "INFO", 40: "WARN", 50: "ERROR", 60: "FATAL" };
const OMIT = new Set(["level", "time", "msg", "pid", "hostname", "err"]);

function show(value: unknown): string {
  return typeof value === "string" && !/\s/.test(value) ? value : JSON.stringify(value);
}

/** `12:04:05 ERROR request failed method=PATCH path=/api/v1/claims/x user=u1` and the error's stack below. */
export function formatLogLine(json: string): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const time = typeof record.time === "number" ? new Date(record.time).toISOString().slice(11, 19) : "";
  const level = LEVELS[record.level as number] ?? String(record.level);
  const fields = Object.entries(record)
    .filter(([k, v]) => !OMIT.has(k) && v !== undefined && v !== null)
    .map(([k, v]) => `${k}=${show(v)}`);
  const err = record.err as { stack?: string; message?: string } | undefined;
  const stack = err ? `\n  ${(err.stack ?? err.message ?? "").replace(/\n/g, "\n  ")}` : "";
  return `${[time, level.padEnd(5), String(record.msg ?? ""), ...fields].filter(Boolean).join(" ")}${stack}\n`;
}
