import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { InvalidParam } from "@/lib/errors";
import { BATTLE_COLUMNS, REQUIRED_BATTLE_COLUMNS, type RawBattle } from "./parse-battle-row";
import { LineSplitter, splitCsvLine } from "./read-csv-lines";

const JSON_BATCH = 5000;

/** One row of an upload, numbered from 1, or a problem found while reading it. */
export type SourceItem = { row: number; raw: RawBattle } | { problem: InvalidParam };

/**
 * Battles that can be read more than once: a validation pass, then the
 * writing pass. Read in batches (a CSV chunk's rows): one async step per
 * batch rather than per row.
 */
export type BattleSource = () => AsyncIterable<SourceItem[]>;

export interface SpooledUpload {
  source: BattleSource;
  bytes: number;
  remove(): Promise<void>;
}

/**
 * Copies a request body to a temporary file as it arrives (constant memory),
 * so the import can validate every row before it opens a transaction and
 * then read the rows again to write them. Whatever the body's chunks throw
 * (too large, cut off) is thrown here, with the file removed.
 */
export async function spoolCsvUpload(body: AsyncIterable<Uint8Array>): Promise<SpooledUpload> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mw-battles-"));
  const file = path.join(dir, "upload.csv");
  let bytes = 0;
  const counted = Readable.from(body, { objectMode: false }).on("data", (c: Buffer) => {
    bytes += c.length;
  });
  try {
    await pipeline(counted, createWriteStream(file));
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    // 64 KB reads: a chunk decoded to a string of 128 KB or more lands in V8's large-object space,
    // which only a full collection frees (1 MB reads left ~3 MB of such garbage per chunk).
    source: () => csvRowBatches(createReadStream(file, { highWaterMark: 1 << 16 })),
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

/**
 * CSV rows (header first: model_a,model_b,winner[,timestamp]) as raw
 * battles, a chunk's rows at a time.
 */
export async function* csvRowBatches(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<SourceItem[]> {
  const splitter = new LineSplitter();
  const state: { header: string[] | null; row: number; stopped: boolean } = { header: null, row: 0, stopped: false };
  const rowsOf = (lines: string[]): SourceItem[] => {
    const items: SourceItem[] = [];
    for (const line of lines) {
      if (state.header === null) {
        state.header = (splitCsvLine(line.replace(/^\uFEFF/, "")) ?? []).map((h) => h.trim().toLowerCase());
        const problems = headerProblems(state.header);
        // A bad header ends the reading: its problems are the whole answer.
        if (problems.length) {
          state.stopped = true;
          return problems.map((problem) => ({ problem }));
        }
        continue;
      }
      if (line.trim() === "") continue;
      const row = ++state.row;
      const fields = splitCsvLine(line);
      if (!fields) {
        items.push({ problem: { name: `rows[${row}]`, reason: "has a quote that is never closed" } });
      } else if (fields.length !== state.header.length) {
        items.push({ problem: { name: `rows[${row}]`, reason: `has ${fields.length} fields where the header has ${state.header.length}` } });
      } else {
        const raw: Record<string, string> = {};
        for (let i = 0; i < fields.length; i++) raw[state.header[i] as string] = fields[i] as string;
        items.push({ row, raw });
      }
    }
    return items;
  };
  for await (const chunk of chunks) {
    const items = rowsOf(splitter.push(chunk));
    if (items.length) yield items;
    if (state.stopped) return;
  }
  const last = rowsOf(splitter.end());
  if (last.length) yield last;
  if (state.header === null) yield [{ problem: { name: "body", reason: "is empty: send a header line and one battle per line" } }];
}

/** CSV rows one at a time (csvRowBatches, flattened). */
export async function* csvRows(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<SourceItem> {
  for await (const items of csvRowBatches(chunks)) yield* items;
}

/** JSON battles (already parsed and size-checked by the API schema), in batches like a CSV's. */
export function jsonRows(battles: readonly RawBattle[]): BattleSource {
  return async function* () {
    for (let i = 0; i < battles.length; i += JSON_BATCH) {
      yield battles.slice(i, i + JSON_BATCH).map((raw, k) => ({ row: i + k + 1, raw }));
    }
  };
}
