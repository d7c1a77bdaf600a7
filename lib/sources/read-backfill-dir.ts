import fs from "node:fs";
import path from "node:path";

export interface BackfillFile {
  name: string;
  /** The version's date: the file name's leading YYYY-MM-DD (noon UTC), or the manifest's. */
  date: Date;
  body: Buffer;
}

const LEADING_DATE = /^(\d{4}-\d{2}-\d{2})/;

/**
 * The dated versions in a folder, oldest first: each file's date from its
 * name's leading `YYYY-MM-DD`, or from `manifest.json` (`[{ "file", "date" }]`)
 * when there is one. A file without a date is refused by name, before anything is read into the board.
 */
export function readBackfillDir(dir: string): BackfillFile[] {
  const manifestPath = path.join(dir, "manifest.json");
  let dated: { name: string; date: Date }[];
  if (fs.existsSync(manifestPath)) {
    const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8")) as unknown;
    if (!Array.isArray(manifest)) throw new Error("manifest.json must be an array of { file, date }.");
    dated = manifest.map((m: unknown, i) => {
      const { file, date } = (m ?? {}) as { file?: unknown; date?: unknown };
      const d = typeof date === "string" ? new Date(date.length === 10 ? `${date}T12:00:00Z` : date) : null;
      if (typeof file !== "string" || !d || Number.isNaN(d.getTime())) throw new Error(`manifest.json[${i}] needs a "file" and an ISO "date".`);
      return { name: file, date: d };
    });
  } else {
    dated = fs
      .readdirSync(dir)
      .filter((f) => !f.startsWith(".") && fs.statSync(path.join(dir, f)).isFile())
      .map((name) => {
        const day = LEADING_DATE.exec(name)?.[1];
        const date = day ? new Date(`${day}T12:00:00Z`) : null;
        if (!date || Number.isNaN(date.getTime())) throw new Error(`${name}: the file name does not start with a date (YYYY-MM-DD); name it so, or add a manifest.json.`);
        return { name, date };
      });
  }
  return dated
    .sort((a, b) => a.date.getTime() - b.date.getTime() || a.name.localeCompare(b.name))
    .map((f) => ({ ...f, body: fs.readFileSync(path.join(dir, f.name)) }));
}
