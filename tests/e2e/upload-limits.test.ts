// Upload endpoints take, through the running production server, bodies up to
// their documented limits, and refuse larger ones with 413 naming the limit
// (issue 13: the request proxy used to cut every body at 10 MiB, so a 12.6 MB
// vote file failed with a row error). A body cut off by the client is a 400.
// The same for a leaderboard source's backfill upload (issue 14).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeBenchCsv } from "@/bench/elo/write-bench-csv";
import { BATTLES_CSV_LIMIT, BATTLES_JSON_LIMIT, DEFAULT_BODY_LIMIT, LARGE_JSON_LIMIT } from "@/lib/api/request-body";
import { startOwnAppServer, type OwnAppServer } from "../helpers/own-app-server";
import { postCutShort, postOverHttp, type RawResponse } from "../helpers/post-over-http";
import { signInOverHttp } from "../helpers/sign-in-over-http";
import { testDatabaseKinds } from "../helpers/test-databases";

const BATTLES = 1_000_000;

/** `bytes` bytes of `fill`, in 64 KiB chunks, never held whole. */
async function* filler(bytes: number, fill = 0x20): AsyncGenerator<Uint8Array> {
  const chunk = new Uint8Array(1 << 16).fill(fill);
  for (let left = bytes; left > 0; left -= chunk.length) yield left >= chunk.length ? chunk : chunk.subarray(0, left);
}

async function* concat(...parts: (Uint8Array | AsyncIterable<Uint8Array>)[]): AsyncGenerator<Uint8Array> {
  for (const p of parts) {
    if (p instanceof Uint8Array) yield p;
    else yield* p;
  }
}

const utf8 = (s: string) => new TextEncoder().encode(s);

function problemOf(res: RawResponse): { status: number; maxBytes?: number; detail: string; errors?: { name: string; reason: string }[] } {
  expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
  return JSON.parse(res.text) as ReturnType<typeof problemOf>;
}

describe.each(testDatabaseKinds())("upload limits over HTTP on %s", (kind) => {
  let own: OwnAppServer | undefined;
  let base: string;
  let auth: Record<string, string>;
  let csvFile: string;
  let csvBytes: number;
  let backfillUrl: string;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mw-upload-limits-"));

  beforeAll(async () => {
    // No worker: the import's recompute job would only compete with the test for the CPU.
    own = await startOwnAppServer(kind, { MODELWATCH_WORKER: "off" });
    base = own.server.baseURL;
    const editor = await signInOverHttp(base, "editor@modelwatch.local", "modelwatch-editor");
    auth = { cookie: editor.header, origin: base };
    const board = await fetch(`${base}/api/v1/leaderboards`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({ name: "Votes", slug: "votes", source: "E2E", pool: "text-to-video", modality: "TEXT_TO_VIDEO", method: "BRADLEY_TERRY" }),
    });
    expect(board.status).toBe(201);
    // A source to backfill (never fetched: no worker, and its host is not reached).
    const source = await fetch(`${base}/api/v1/leaderboards/votes/sources`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({ url: "https://example.com/leaderboard.json", adapter: "lmarena-catalog", createModels: true }),
    });
    expect(source.status).toBe(201);
    backfillUrl = `${base}/api/v1/leaderboards/votes/sources/${((await source.json()) as { data: { id: string } }).data.id}/backfill`;
    // CRLF line ends and arena-style names, as in the file of the report: ~47 MB.
    csvFile = path.join(dir, "votes.csv");
    csvBytes = await writeBenchCsv(csvFile, { battles: BATTLES, models: 100, seed: 13, prefix: "arena-model-", lineEnd: "\r\n" });
  }, 600_000);
  afterAll(async () => {
    await own?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("imports a 1,000,000-vote CSV of ~47 MB streamed through the server: 201, every battle written", async () => {
    expect(csvBytes).toBeGreaterThan(40_000_000);
    const res = await postOverHttp(`${base}/api/v1/leaderboards/votes/battles?createModels=true`, {
      headers: { ...auth, "content-type": "text/csv" },
      body: fs.createReadStream(csvFile, { highWaterMark: 1 << 16 }),
      contentLength: csvBytes,
    });
    expect(res.status, res.text.slice(0, 500)).toBe(201);
    const data = (JSON.parse(res.text) as { data: { imported: number; createdModels: string[] } }).data;
    expect(data.imported).toBe(BATTLES);
    expect(data.createdModels).toHaveLength(100);
    // The upload path bypasses the proxy: its security headers come from the route.
    expect(res.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
  }, 900_000);

  it("refuses one byte over each upload limit with 413 naming it, announced or streamed", async () => {
    const battles = `${base}/api/v1/leaderboards/votes/battles`;
    const header = utf8("model_a,model_b,winner\r\n");
    // Announced: refused from the header, before the body is read.
    const announced = await postOverHttp(battles, {
      headers: { ...auth, "content-type": "text/csv" },
      body: concat(header, filler(BATTLES_CSV_LIMIT + 1 - header.length)),
      contentLength: BATTLES_CSV_LIMIT + 1,
    });
    expect(announced.status).toBe(413);
    expect(problemOf(announced)).toMatchObject({ status: 413, maxBytes: BATTLES_CSV_LIMIT, detail: expect.stringContaining("256 MiB") });
    // Streamed without a length: refused when the count passes the limit.
    const streamed = await postOverHttp(battles, { headers: { ...auth, "content-type": "text/csv" }, body: concat(header, filler(BATTLES_CSV_LIMIT + 1 - header.length)) });
    expect(streamed.status).toBe(413);
    expect(problemOf(streamed).maxBytes).toBe(BATTLES_CSV_LIMIT);

    const json = await postOverHttp(battles, {
      headers: { ...auth, "content-type": "application/json" },
      body: concat(utf8('{"battles":[]'), filler(BATTLES_JSON_LIMIT + 1 - 14), utf8("}")),
      contentLength: BATTLES_JSON_LIMIT + 1,
    });
    expect(json.status).toBe(413);
    expect(problemOf(json)).toMatchObject({ maxBytes: BATTLES_JSON_LIMIT, detail: expect.stringContaining("32 MiB") });

    for (const url of [`${base}/api/v1/leaderboards/votes/snapshots`, `${base}/api/v1/feeds/opml`, backfillUrl]) {
      const res = await postOverHttp(url, { headers: { ...auth, "content-type": "application/json" }, body: filler(LARGE_JSON_LIMIT + 1), contentLength: LARGE_JSON_LIMIT + 1 });
      expect(res.status, url).toBe(413);
      expect(problemOf(res)).toMatchObject({ maxBytes: LARGE_JSON_LIMIT, detail: expect.stringContaining("16 MiB") });
    }
    // Every other endpoint: 1 MiB, also when the proxy's buffer cuts a streamed body.
    const claims = `${base}/api/v1/models/happyhorse-1-0/claims`;
    const small = await postOverHttp(claims, { headers: { ...auth, "content-type": "application/json" }, body: filler(DEFAULT_BODY_LIMIT + 1), contentLength: DEFAULT_BODY_LIMIT + 1 });
    expect(problemOf(small)).toMatchObject({ status: 413, maxBytes: DEFAULT_BODY_LIMIT, detail: expect.stringContaining("1 MiB") });
    const chunked = await postOverHttp(claims, { headers: { ...auth, "content-type": "application/json" }, body: filler(12 * DEFAULT_BODY_LIMIT) });
    expect(problemOf(chunked)).toMatchObject({ status: 413, maxBytes: DEFAULT_BODY_LIMIT });
  }, 600_000);

  it("takes a snapshot import body of 11 MiB (over the proxy's old 10 MiB cut) whole", async () => {
    const rows = [{ model: "seedance-2-0", capturedAt: "2026-11-01T00:00:00Z", rating: 1234.5 }];
    const text = JSON.stringify({ rows });
    // Pretty-printing whitespace is JSON too: the body is 11 MiB, the document five fields.
    const body = concat(utf8(text.slice(0, -1)), filler(11 * 1024 * 1024), utf8("}"));
    const res = await postOverHttp(`${base}/api/v1/leaderboards/votes/snapshots`, {
      headers: { ...auth, "content-type": "application/json" },
      body,
      contentLength: text.length + 11 * 1024 * 1024,
    });
    expect(res.status, res.text.slice(0, 500)).toBe(201);
  }, 300_000);

  it("takes a source backfill of 11 MiB (over the proxy's old 10 MiB cut) whole: the version is stored", async () => {
    const version = JSON.stringify({ full: { "veo-3": { rating: 1250, rating_q025: 1240, rating_q975: 1260 } } });
    // Whitespace inside the file is JSON too: the upload is 11 MiB, the version one entry.
    const prefix = utf8(`{"files":[{"name":"2025-01-10_big.json","content":${JSON.stringify(version).slice(0, -2)}`);
    const suffix = utf8('}"}]}');
    const padding = 11 * 1024 * 1024;
    const res = await postOverHttp(backfillUrl, {
      headers: { ...auth, "content-type": "application/json" },
      body: concat(prefix, filler(padding), suffix),
      contentLength: prefix.length + padding + suffix.length,
    });
    expect(res.status, res.text.slice(0, 500)).toBe(200);
    expect(JSON.parse(res.text)).toMatchObject({ data: [{ file: "2025-01-10_big.json", status: "stored", entries: 1, date: "2025-01-10T12:00:00.000Z" }] });
  }, 300_000);

  it("answers a body cut off before its Content-Length with 400, not a row error, and imports nothing", async () => {
    const board = await fetch(`${base}/api/v1/leaderboards`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({ name: "Cut", slug: "cut", source: "E2E", pool: "text-to-video", modality: "TEXT_TO_VIDEO", method: "BRADLEY_TERRY" }),
    });
    expect(board.status).toBe(201);
    const sent = utf8("model_a,model_b,winner\r\nseedance-2-0,veo-3,model_a\r\nseedance-2-0,veo-3,mod");
    const res = await postCutShort(`${base}/api/v1/leaderboards/cut/battles`, {
      headers: { ...auth, "content-type": "text/csv" },
      contentLength: sent.length + 1000,
      send: sent,
    });
    // Node's HTTP server answers a request whose body never completes (the route's reader fails with
    // "ended after N of the M bytes", tests/unit/api-request-body.test.ts); no row is ever parsed.
    expect(res.status).toBe(400);
    expect(res.text).not.toContain("rows[");
    const standings = (await (await fetch(`${base}/api/v1/leaderboards/cut/standings`)).json()) as { data: unknown[] };
    expect(standings.data).toEqual([]);
  }, 120_000);
});
