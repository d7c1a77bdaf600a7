import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { InvalidParam } from "@/lib/api/problem";
import { BATTLE_COLUMNS, REQUIRED_BATTLE_COLUMNS, type RawBattle } from "./parse-battle-row";
import { readLines, splitCsvLine } from "./read-csv-lines";

/** One row of an upload, numbered from 1, or a problem found while reading it. */
export type SourceItem = { row: number; raw: RawBattle } | { problem: InvalidParam };

/** Battles that can be read more than once: a validation pass, then the writing pass. */
export type BattleSource = () => AsyncIterable<SourceItem>;

export interface SpooledUpload {
  source: BattleSource;
  bytes: number;
  remove(): Promise<void>;
}

/**
 * Copies a request body to a temporary file as it arrives (constant memory),
 * so the import can validate every row before it opens a transaction and
 * then read the rows again to write them.
 */
export async function spoolCsvUpload(body: ReadableStream<Uint8Array>): Promise<SpooledUpload> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mw-battles-"));
  const file = path.join(dir, "upload.csv");
  let bytes = 0;
  const counted = Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>).on("data", (c: Buffer) => {
    bytes += c.length;
  });
  try {
    await pipeline(counted, createWriteStream(file));
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    source: () => csvRows(createReadStream(file, { highWaterMark: 1 << 20 })),
    bytes,
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Header checks: the three required columns, an optional timestamp, nothing unknown or repeated. */
function headerProblems(header: string[]): InvalidParam[] {
  const known = new Set<string>(BATTLE_COLUMNS);
  const problems: InvalidParam[] = [];
  for (const col of REQUIRED_BATTLE_COLUMNS) {
    if (!header.includes(col)) problems.push({ name: "columns", reason: `the header has no "${col}" column` });
  }
  header.forEach((col, i) => {
    if (!known.has(col)) problems.push({ name: "columns", reason: `unknown column "${col}" (accepted: ${BATTLE_COLUMNS.join(", ")})` });
    else if (header.indexOf(col) !== i) problems.push({ name: "columns", reason: `column "${col}" appears twice` });
  });
  return problems;
}

/** CSV rows (header first: model_a,model_b,winner[,timestamp]) as raw battles, line by line. */
export async function* csvRows(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<SourceItem> {
  let header: string[] | null = null;
  let row = 0;
  for await (const line of readLines(chunks)) {
    if (header === null) {
      header = (splitCsvLine(line.replace(/^\uFEFF/, "")) ?? []).map((h) => h.trim().toLowerCase());
      const problems = headerProblems(header);
      for (const problem of problems) yield { problem };
      if (problems.length) return;
      continue;
    }
    if (line.trim() === "") continue;
    row += 1;
    const fields = splitCsvLine(line);
    if (!fields) {
      yield { problem: { name: `rows[${row}]`, reason: "has a quote that is never closed" } };
    } else if (fields.length !== header.length) {
      yield { problem: { name: `rows[${row}]`, reason: `has ${fields.length} fields where the header has ${header.length}` } };
    } else {
      const raw: Record<string, string> = {};
      header.forEach((col, i) => (raw[col] = fields[i] as string));
      yield { row, raw };
    }
  }
  if (header === null) yield { problem: { name: "body", reason: "is empty: send a header line and one battle per line" } };
}

/** JSON battles (already parsed and size-checked by the API schema). */
export function jsonRows(battles: readonly RawBattle[]): BattleSource {
  return async function* () {
    for (const [i, raw] of battles.entries()) yield { row: i + 1, raw };
  };
}
