export interface BackfillFile {
  name: string;
  /** The version's date: the file name's leading YYYY-MM-DD (noon UTC), or the manifest's. */
  date: Date;
  body: Buffer;
}

const LEADING_DATE = /^(\d{4}-\d{2}-\d{2})/;
export const MANIFEST_NAME = "manifest.json";

/** `2025-03-14` is noon UTC that day (a date with no time is not midnight anywhere it matters); a full ISO time is kept. */
function parseDate(value: string): Date | null {
  const d = new Date(value.length === 10 ? `${value}T12:00:00Z` : value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * Dates a set of version files, oldest first: from `manifest.json`
 * (`[{ "file", "date" }]`) when it is among them, else each file's name's
 * leading `YYYY-MM-DD`. A file without a date, or a manifest naming a file
 * that is not there, is refused by name before anything is read into the board.
 */
export function dateBackfillFiles(files: readonly { name: string; body: Buffer }[]): BackfillFile[] {
  const manifest = files.find((f) => f.name === MANIFEST_NAME);
  const versions = files.filter((f) => f.name !== MANIFEST_NAME);
  let dated: BackfillFile[];
  if (manifest) {
    let entries: unknown;
    try {
      entries = JSON.parse(manifest.body.toString("utf8"));
    } catch {
      throw new Error(`${MANIFEST_NAME} is not JSON.`);
    }
    if (!Array.isArray(entries)) throw new Error(`${MANIFEST_NAME} must be an array of { file, date }.`);
    const byName = new Map(versions.map((f) => [f.name, f]));
    dated = entries.map((m: unknown, i) => {
      const { file, date } = (m ?? {}) as { file?: unknown; date?: unknown };
      const d = typeof date === "string" ? parseDate(date) : null;
      if (typeof file !== "string" || !d) throw new Error(`${MANIFEST_NAME}[${i}] needs a "file" and an ISO "date".`);
      const found = byName.get(file);
      if (!found) throw new Error(`${MANIFEST_NAME}[${i}] names "${file}", which is not among the files.`);
      return { name: file, date: d, body: found.body };
    });
  } else {
    dated = versions.map((f) => {
      const day = LEADING_DATE.exec(f.name)?.[1];
      const date = day ? parseDate(day) : null;
      if (!date) throw new Error(`${f.name}: the file name does not start with a date (YYYY-MM-DD); name it so, or add a ${MANIFEST_NAME}.`);
      return { ...f, date };
    });
  }
  if (dated.length === 0) throw new Error("There are no version files to import.");
  return dated.sort((a, b) => a.date.getTime() - b.date.getTime() || a.name.localeCompare(b.name));
}
