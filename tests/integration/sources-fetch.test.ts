// Leaderboard sources fetched end to end on both databases: LMArena's seven
// published image-board versions served one after another at one URL with
// ETags (one version and one dated snapshot per changed body, nothing for a
// repeated body or a 304), names resolved, secret headers sent but never
// returned or recorded, rate limits honoured, hostile sources refused with
// nothing stored while the other sources carry on.
import fs from "node:fs";
import type http from "node:http";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findMethodBreaks, toChartSeries } from "@/lib/elo/chart-data";
import { isPrivateAddress } from "@/lib/news/ingest/is-private-address";
import { fetchSource } from "@/lib/sources/fetch-source";
import { runSourcesOnce } from "@/lib/sources/run-sources-once";
import { startFeedServer, type FeedServer } from "../helpers/feed-server";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";

const corpus = path.join(process.cwd(), "tests/fixtures/leaderboard-corpus/lmarena-catalog/leaderboard-image");
const versions = fs
  .readdirSync(corpus)
  .sort()
  .map((file) => ({ date: new Date(`${file.slice(0, 10)}T12:00:00Z`), body: fs.readFileSync(path.join(corpus, file)), tag: `"${file.slice(11, 19)}"` }));
type Published = { full: Record<string, { rating: number; rating_q025: number; rating_q975: number }> };

type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void;
const routes = new Map<string, Route>();
let server: FeedServer;
let other: FeedServer; // 127.0.0.2 plays a public host, so a redirect from it to 127.0.0.1 can be refused

beforeAll(async () => {
  const handler: http.RequestListener = (req, res) => {
    const route = routes.get(req.url ?? "");
    if (route) route(req, res);
    else res.writeHead(404).end("not found");
  };
  server = await startFeedServer(handler);
  other = await startFeedServer(handler, "127.0.0.2");
});
afterAll(async () => {
  await server.close();
  await other.close();
});

const json = (body: string | Buffer, headers: Record<string, string> = {}): Route => (_req, res) =>
  res.writeHead(200, { "content-type": "application/json", ...headers }).end(body);

describe.each(testDatabaseKinds())("leaderboard sources on %s", (kind) => {
  let db: TestDatabase;
  let boardId: string;
  const url = (name: string) => `${server.origin}/${kind}/${name}`;
  const opts = { allowPrivateNetworks: true };
  const addSource = (name: string, data: { adapter?: string; selector?: string; secretHeaders?: Record<string, string>; intervalMinutes?: number; createModels?: boolean } = {}) =>
    db.db.leaderboardSource.create({
      data: { leaderboardId: boardId, url: url(name), adapter: data.adapter ?? "lmarena-catalog", selector: data.selector ?? "full", nextFetchAt: new Date(0), ...data },
    });
  const counts = async () => ({
    versions: await db.db.sourceVersion.count(),
    snapshots: await db.db.eloSnapshot.count(),
    signals: await db.db.signal.count(),
    audit: await db.db.auditEvent.count(),
    names: await db.db.sourceName.count(),
  });

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    const board = await db.db.leaderboard.create({
      data: { slug: "lmarena-image", name: "LMArena text-to-image", source: "LMArena", pool: "text-to-image", modality: "TEXT_TO_IMAGE" },
    });
    boardId = board.id;
    // Found by slug, by name (punctuation aside), and by the codename in parentheses.
    await db.db.model.create({ data: { slug: "dall-e-3", name: "DALL·E 3" } });
    await db.db.model.create({ data: { slug: "flux-1-1-pro", name: "FLUX 1.1 [pro]" } });
    const gemini = await db.db.model.create({ data: { slug: "gemini-2-5-flash-image", name: "Gemini 2.5 Flash Image" } });
    await db.db.modelAlias.create({ data: { modelId: gemini.id, alias: "Nano Banana", normalized: "nano banana" } });
  }, 120_000);
  afterAll(() => db.destroy());

  it("stores each changed version once as a dated snapshot; a 304 and a repeated body write nothing", async () => {
    let current = 0;
    let conditional = 0;
    let honourValidators = true;
    routes.set(`/${kind}/image`, (req, res) => {
      const v = versions[current]!;
      if (honourValidators && req.headers["if-none-match"] === v.tag) {
        conditional += 1;
        res.writeHead(304, { etag: v.tag }).end();
      } else json(v.body, honourValidators ? { etag: v.tag } : {})(req, res);
    });
    const source = await addSource("image");
    for (const [i, v] of versions.entries()) {
      current = i;
      const [result] = await runSourcesOnce(db.db, { ...opts, all: true, now: () => v.date });
      const published = JSON.parse(v.body.toString("utf8")) as Published;
      expect(result).toMatchObject({ sourceId: source.id, status: "new-version", entries: Object.keys(published.full).length, error: null });

      const before = await counts();
      const [again] = await runSourcesOnce(db.db, { ...opts, all: true, now: () => new Date(v.date.getTime() + 3600_000) });
      expect(again).toMatchObject({ status: "not-modified" });
      expect(await counts()).toEqual(before);

      // The snapshot is the version's: every matched entry at the fetch time, ratings and bounds as published.
      const snaps = await db.db.eloSnapshot.findMany({ where: { leaderboardId: boardId, capturedAt: v.date }, include: { model: true } });
      expect(snaps.length).toBeGreaterThan(0);
      for (const s of snaps) {
        const p = published.full[s.displayLabel!]!;
        expect(s.method).toBe("PUBLISHED");
        expect(s.rating).toBeCloseTo(p.rating, 6);
        expect(s.ciLow).toBeCloseTo(p.rating_q025, 6);
        expect(s.ciHigh).toBeCloseTo(p.rating_q975, 6);
        expect(s.votes).toBeNull();
        expect(s.rank).not.toBeNull(); // no votes published: nobody is provisional for want of votes
      }
    }
    expect(conditional).toBe(7);
    const stored = await db.db.sourceVersion.findMany({ where: { sourceId: source.id }, orderBy: { versionDate: "asc" } });
    expect(stored.map((v) => v.versionDate.toISOString())).toEqual(versions.map((v) => v.date.toISOString()));
    expect(stored.map((v) => v.entryCount)).toEqual([8, 8, 8, 8, 25, 27, 34]);
    // The raw body is kept, compressed, byte for byte.
    expect(gunzipSync(stored[6]!.body).equals(versions[6]!.body)).toBe(true);
    expect(stored[6]!.body.length).toBeLessThan(versions[6]!.body.length / 3);

    // A server that ignores validators serves the same body again: the hash says unchanged, nothing written.
    honourValidators = false;
    const before = await counts();
    const [repeat] = await runSourcesOnce(db.db, { ...opts, all: true, now: () => new Date("2025-12-12T00:00:00Z") });
    expect(repeat).toMatchObject({ status: "unchanged", entries: 34 });
    expect(await counts()).toEqual(before);

    // Names: by slug, by name without punctuation, by the parenthesised codename; the rest unmatched and remembered.
    const byKey = new Map((await db.db.sourceName.findMany({ where: { sourceId: source.id }, include: { model: true } })).map((n) => [n.sourceKey, n]));
    expect(byKey.get("dall-e-3")?.model?.slug).toBe("dall-e-3");
    expect(byKey.get("flux-1.1-pro")?.model?.slug).toBe("flux-1-1-pro");
    expect(byKey.get("gemini-2.5-flash-image-preview (nano-banana)")?.model?.slug).toBe("gemini-2-5-flash-image");
    expect(byKey.get("seedream-4-2k")?.modelId).toBeNull();
    expect(stored[6]!.unmatchedCount).toBe(34 - (await db.db.eloSnapshot.count({ where: { capturedAt: versions[6]!.date } })));
    const latest = (JSON.parse(versions[6]!.body.toString("utf8")) as Published).full["seedream-4-2k"]!;
    expect(byKey.get("seedream-4-2k")).toMatchObject({ lastRating: latest.rating, lastSeenAt: versions[6]!.date });

    const health = await db.db.leaderboardSource.findUniqueOrThrow({ where: { id: source.id } });
    expect(health).toMatchObject({ consecutiveErrors: 0, lastError: null, lastStatus: 200, leaseUntil: null });
    expect(health.nextFetchAt.getTime()).toBe(new Date("2025-12-12T00:00:00Z").getTime() + 360 * 60_000);
  });

  it("records a version that moves every rating +30 as a re-anchoring: one method break, no move signals for the shift", async () => {
    const source = await db.db.leaderboardSource.findFirstOrThrow({ where: { url: url("image") } });
    const last = JSON.parse(versions[6]!.body.toString("utf8")) as Published;
    const moved = (by: (name: string) => number) => ({
      full: Object.fromEntries(Object.entries(last.full).map(([k, v]) => [k, { rating: v.rating + by(k), rating_q025: v.rating_q025 + by(k), rating_q975: v.rating_q975 + by(k) }])),
    });
    const shiftedAt = new Date("2025-12-20T12:00:00Z");
    const movesBefore = await db.db.signal.count({ where: { type: "RATING_MOVED" } });
    routes.set(`/${kind}/image`, json(JSON.stringify(moved(() => 30))));
    expect((await runSourcesOnce(db.db, { ...opts, all: true, now: () => shiftedAt }))[0]).toMatchObject({ sourceId: source.id, status: "new-version" });
    expect(await db.db.signal.count({ where: { type: "RATING_MOVED" } })).toBe(movesBefore);
    const anchors = await db.db.eloSnapshot.groupBy({ by: ["capturedAt", "anchor"], where: { leaderboardId: boardId }, orderBy: { capturedAt: "asc" } });
    expect(anchors.map((a) => a.anchor)).toEqual([...versions.map(() => "as published"), "re-anchored by +30.0 (2025-12-20)"]);
    const dalle = await db.db.eloSnapshot.findMany({ where: { leaderboardId: boardId, model: { slug: "dall-e-3" } }, orderBy: { capturedAt: "asc" } });
    expect(findMethodBreaks(toChartSeries(dalle)).map((b) => [b.kind, b.t])).toEqual([["anchor", shiftedAt.getTime()]]);

    // On the new scale, one model's own move is news again.
    routes.set(`/${kind}/image`, json(JSON.stringify(moved((name) => (name === "dall-e-3" ? 70 : 30)))));
    await runSourcesOnce(db.db, { ...opts, all: true, now: () => new Date("2025-12-27T12:00:00Z") });
    const movesNow = await db.db.signal.findMany({ where: { type: "RATING_MOVED" }, include: { model: true } });
    expect(movesNow.slice(movesBefore).map((m) => m.model?.slug)).toEqual(["dall-e-3"]);
    expect(await db.db.eloSnapshot.count({ where: { capturedAt: new Date("2025-12-27T12:00:00Z"), anchor: "re-anchored by +30.0 (2025-12-20)" } })).toBeGreaterThan(0);
  });

  it("sends the secret header, never returns or records it; waits out a 429 and a spent rate limit", async () => {
    const key = "sk-secret-0123456789";
    const aa = JSON.stringify({ data: [{ id: "1", slug: "dall-e-3", name: "DALL-E 3", model_creator: { name: "OpenAI" }, elo: 1000, ci95: "-6/+6", appearances: 5000, rank: 1 }] });
    routes.set(`/${kind}/aa`, (req, res) => {
      if (req.headers["x-api-key"] !== key) return res.writeHead(401).end("no key");
      res.writeHead(429, { "retry-after": "3600", "x-ratelimit-remaining": "0" }).end("slow down");
    });
    const source = await addSource("aa", { adapter: "artificial-analysis", selector: undefined, secretHeaders: { "x-api-key": key }, intervalMinutes: 15 });
    await db.db.leaderboardSource.update({ where: { id: source.id }, data: { selector: null } });
    const at = new Date("2026-01-01T00:00:00Z");
    const limited = await fetchSource(db.db, source.id, { ...opts, now: () => at });
    expect(limited).toMatchObject({ status: "error", error: "http-status: The server answered HTTP 429." });
    let row = await db.db.leaderboardSource.findUniqueOrThrow({ where: { id: source.id } });
    expect(row.nextFetchAt.getTime() - at.getTime()).toBeGreaterThanOrEqual(3600_000);
    expect(row).not.toHaveProperty("secretHeaders"); // omitted unless asked for by name
    expect(JSON.stringify(row)).not.toContain(key);

    routes.set(`/${kind}/aa`, (req, res) =>
      req.headers["x-api-key"] === key ? json(aa, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "7200" })(req, res) : res.writeHead(401).end(),
    );
    const ok = await fetchSource(db.db, source.id, { ...opts, now: () => at });
    expect(ok).toMatchObject({ status: "new-version", entries: 1, unmatched: 0 });
    row = await db.db.leaderboardSource.findUniqueOrThrow({ where: { id: source.id } });
    // The interval is 15 min, but no request is left for two hours.
    expect(row.nextFetchAt.getTime() - at.getTime()).toBe(7200_000);
    const audit = await db.db.auditEvent.findMany();
    expect(JSON.stringify(audit)).not.toContain(key);
    const snap = await db.db.eloSnapshot.findFirstOrThrow({ where: { capturedAt: at } });
    expect(snap).toMatchObject({ rating: 1000, ciLow: 994, ciHigh: 1006, votes: 5000 });
  });

  it("refuses hostile sources with a clear error, stores nothing of them, and fetches the others", async () => {
    const full = (entries: Record<string, unknown>) => JSON.stringify({ full: entries });
    const hostile: Record<string, Route> = {
      "not-json": (_req, res) => res.writeHead(200, { "content-type": "text/html" }).end("<html>maintenance</html>"),
      huge: (_req, res) => {
        res.writeHead(200, { "content-type": "application/json" });
        const chunk = Buffer.alloc(1024 * 1024, 32);
        let sent = 0;
        const pump = () => {
          while (sent < 50 && res.write(chunk)) sent += 1;
          if (sent < 50) res.once("drain", pump);
          else res.end();
        };
        pump();
      },
      slow: (_req, res) => {
        res.writeHead(200, { "content-type": "application/json" });
        const timer = setInterval(() => res.write(" "), 100);
        res.on("close", () => clearInterval(timer));
      },
      "many-entries": json(full(Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`m${i}`, { rating: 1000, rating_q025: 990, rating_q975: 1010 }])))),
      "long-name": json(full({ ["n".repeat(1_000_000)]: { rating: 1000, rating_q025: 990, rating_q975: 1010 } })),
      "nan-rating": json('{"full":{"m":{"rating":NaN,"rating_q025":1,"rating_q975":2}}}'),
      "negative-rating": json(full({ m: { rating: -3, rating_q025: -4, rating_q975: -2 } })),
      "string-rating": json(full({ m: { rating: "1200", rating_q025: 1190, rating_q975: 1210 } })),
      "to-loopback": (_req, res) => res.writeHead(302, { location: `${server.origin}/${kind}/good` }).end(),
    };
    const expected: Record<string, RegExp> = {
      "not-json": /^bad-content: the body is not JSON/,
      huge: /^too-large: /,
      slow: /^timeout: /,
      "many-entries": /^bad-content: the publication holds 100000 entries; at most 10000 are read$/,
      "long-name": /^bad-content: full\["n+"\]\.key is 1000000 characters long; at most 200$/,
      "nan-rating": /^bad-content: the body is not JSON/,
      "negative-rating": /^bad-content: full\["m"\]\.rating must be between 0 and 100000, got -3$/,
      "string-rating": /^bad-content: full\["m"\]\.rating must be a number, got "1200"$/,
      // The refusal never says what a name resolves to (issue 18), only that the address is not allowed.
      "to-loopback": /^private-address: The address of 127\.0\.0\.1 is not allowed/,
    };
    routes.set(`/${kind}/good`, json(full({ "dall-e-3": { rating: 1001, rating_q025: 995, rating_q975: 1007 } })));
    await db.db.leaderboardSource.updateMany({ data: { enabled: false, disabledReason: "earlier test" } });
    const ids = new Map<string, string>();
    for (const [name, route] of Object.entries(hostile)) {
      routes.set(`/${kind}/${name}`, route);
      const s = await db.db.leaderboardSource.create({ data: { leaderboardId: boardId, url: `${other.origin}/${kind}/${name}`, adapter: "lmarena-catalog", selector: "full", nextFetchAt: new Date(0) } });
      ids.set(s.id, name);
    }
    const good = await db.db.leaderboardSource.create({ data: { leaderboardId: boardId, url: `${other.origin}/${kind}/good`, adapter: "lmarena-catalog", selector: "full", nextFetchAt: new Date(0) } });
    const before = await counts();
    const at = new Date("2026-02-01T00:00:00Z");
    const onlyOther = (address: string) => address === "127.0.0.2" || !isPrivateAddress(address);
    const results = await runSourcesOnce(db.db, { concurrency: 4, now: () => at, fetch: { isAllowedAddress: onlyOther, timeoutMs: 3000 } });
    expect(results.find((r) => r.sourceId === good.id)).toMatchObject({ status: "new-version", entries: 1 });
    for (const r of results.filter((x) => ids.has(x.sourceId))) {
      expect(r.status, ids.get(r.sourceId)).toBe("error");
      expect(r.error, ids.get(r.sourceId)).toMatch(expected[ids.get(r.sourceId)!]!);
    }
    expect(results.filter((x) => ids.has(x.sourceId))).toHaveLength(ids.size);
    const after = await counts();
    expect(after.versions - before.versions).toBe(1);
    expect(await db.db.sourceVersion.count({ where: { sourceId: { in: [...ids.keys()] } } })).toBe(0);
    const rows = await db.db.leaderboardSource.findMany({ where: { id: { in: [...ids.keys()] } } });
    for (const row of rows) expect(row).toMatchObject({ consecutiveErrors: 1, leaseUntil: null, enabled: true });
  });
});
