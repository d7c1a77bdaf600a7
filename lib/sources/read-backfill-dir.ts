import fs from "node:fs";
import path from "node:path";
import { dateBackfillFiles, type BackfillFile } from "./date-backfill-files";

export type { BackfillFile } from "./date-backfill-files";

/** The dated versions in a folder (every file but hidden ones), oldest first: see dateBackfillFiles. */
export function readBackfillDir(dir: string): BackfillFile[] {
  const files = fs
    .readdirSync(dir)
    .filter((f) => !f.startsWith(".") && fs.statSync(path.join(dir, f)).isFile())
    .map((name) => ({ name, body: fs.readFileSync(path.join(dir, name)) }));
  return dateBackfillFiles(files);
}
