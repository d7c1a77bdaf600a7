// Managing a source after it is added, on both databases, through the route
// handlers against a loopback publisher: change it from the version read (409
// when stale), disable with a reason and enable, secret headers set and
// removed by name (never returned or audited by value), fetch now (refused
// while disabled or while the publisher asked to wait), the backfill upload,
// and removal (the board keeps its snapshots).
import fs from "node:fs";
import type http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postSource } from "@/app/api/v1/leaderboards/[slug]/sources/route";
import { POST as postBackfill } from "@/app/api/v1/leaderboards/[slug]/sources/[id]/backfill/route";
import { POST as postFetch } from "@/app/api/v1/leaderboards/[slug]/sources/[id]/fetch/route";
import { DELETE as deleteSource, PATCH as patchSource } from "@/app/api/v1/leaderboards/[slug]/sources/[id]/route";
import { runSourcesOnce } from "@/lib/sources/run-sources-once";
import { startFeedServer, type FeedServer } from "../helpers/feed-server";
import { callRoute, createTestUser, useAsAppDatabase, type TestUser } from "../helpers/route-harness";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";

process.env.FEED_ALLOW_PRIVATE_NETWORKS = "true";

const corpus = path.join(process.cwd(), "tests/fixtures/leaderboard-corpus/lmarena-catalog/leaderboard-image");
const files = fs.readdirSync(corpus).sort();
const body = (i: number) => fs.readFileSync(path.join(corpus, files[i]!));

const FIRST_KEY = "sk-first-0123456789";
const SECOND_KEY = "tok-second-9876543210";
let answer: "ok" | "rate-limited" = "ok";
const requests: { path: string; headers: http.IncomingHttpHeaders }[] = [];
let server: FeedServer;

beforeAll(async () => {
  server = await startFeedServer((req, res) => {
    requests.push({ path: req.url ?? "", headers: req.headers });
    if (answer === "rate-limited") return res.writeHead(429, { "retry-after": "3600", "x-ratelimit-remaining": "0" }).end("slow down");
    // The shared-work test's sources answer slowly, so two workers overlap.
    const delay = req.url?.includes("/shared-") ? 300 : 0;
    setTimeout(() => res.writeHead(200, { "content-type": "application/json" }).end(body(files.length - 1)), delay);
  });
});
afterAll(() => server.close());

describe.each(testDatabaseKinds())("managing a source on %s", (kind) => {
  let db: TestDatabase;
  let editor: TestUser;
  const slug = "image-arena";
  let id: string;
  let version: number;
  const auth = (extra: Record<string, string> = {}) => ({ authorization: editor.bearer, ...extra });
  const patch = (body: unknown, ifMatch: number | null = version, sourceId = id, board = slug) =>
    callRoute(patchSource, {
      method: "PATCH",
      path: `/api/v1/leaderboards/${board}/sources/${sourceId}`,
      params: { slug: board, id: sourceId },
      headers: auth(ifMatch === null ? {} : { "if-match": String(ifMatch) }),
      body,
    });
  const fetchNow = () => callRoute(postFetch, { method: "POST", path: `/api/v1/leaderboards/${slug}/sources/${id}/fetch`, params: { slug, id }, headers: auth() });
  const backfill = (files: { name: string; content: string }[]) =>
    callRoute(postBackfill, { method: "POST", path: `/api/v1/leaderboards/${slug}/sources/${id}/backfill`, params: { slug, id }, headers: auth(), body: { files } });

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    useAsAppDatabase(db);
    editor = await createTestUser(db, "EDITOR");
    await db.db.leaderboard.create({ data: { slug, name: "Image arena", source: "LMArena", pool: "text-to-image", modality: "TEXT_TO_IMAGE" } });
    await db.db.leaderboard.create({ data: { slug: "other-board", name: "Other", source: "LMArena", pool: "text-to-image", modality: "TEXT_TO_IMAGE" } });
    const created = await callRoute(postSource, {
      method: "POST",
      path: `/api/v1/leaderboards/${slug}/sources`,
      params: { slug },
      headers: auth(),
      body: { url: `${server.origin}/${kind}/image.json`, adapter: "lmarena-catalog", headers: { "x-api-key": FIRST_KEY }, createModels: true },
    });
    expect(created.status).toBe(201);
    ({ id, version } = created.json!.data as { id: string; version: number });
  }, 120_000);
  afterAll(() => db.destroy());

  it("changes settings only from the version read: 428 without If-Match, 409 with a stale one, 404 on another board", async () => {
    expect((await patch({ intervalMinutes: 60 }, null)).status).toBe(428);
    expect((await patch({ intervalMinutes: 60 }, version, id, "other-board")).status).toBe(404);
    const bad = await patch({ enabled: false });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain("reason");
    expect((await patch({ intervalMinutes: 5 })).text).toContain("intervalMinutes");

    const changed = await patch({ intervalMinutes: 60 });
    expect(changed.status).toBe(200);
    expect(changed.json?.data).toMatchObject({ intervalMinutes: 60, version: version + 1 });
    const stale = await patch({ intervalMinutes: 120 });
    expect(stale.status).toBe(409);
    expect(stale.json?.current).toMatchObject({ intervalMinutes: 60, version: version + 1 });
    version += 1;
  });

  it("sets and removes secret headers by name: the fetch sends the new set, nothing returns or audits a value", async () => {
    const res = await patch({ headers: { "x-api-key": null, Authorization: `Bearer ${SECOND_KEY}` } });
    expect(res.status).toBe(200);
    expect(res.json?.data).toMatchObject({ secretHeaderNames: ["Authorization"] });
    version = (res.json!.data as { version: number }).version;
    expect(res.text).not.toContain(SECOND_KEY);

    requests.length = 0;
    const fetched = await fetchNow();
    expect(fetched.status).toBe(200);
    expect(fetched.json?.data).toMatchObject({ result: { status: "new-version", error: null }, source: { versions: 1, lastStatus: 200 } });
    expect(requests).toHaveLength(1);
    expect(requests[0]!.headers.authorization).toBe(`Bearer ${SECOND_KEY}`);
    expect(requests[0]!.headers["x-api-key"]).toBeUndefined();
    expect(fetched.text).not.toContain(SECOND_KEY);
    const audit = JSON.stringify(await db.db.auditEvent.findMany({ where: { entityId: id } }));
    expect(audit).toContain('"headersRemoved":["x-api-key"]');
    expect(audit).not.toContain(SECOND_KEY);
    expect(audit).not.toContain(FIRST_KEY);
    expect(await db.db.auditEvent.count({ where: { entityId: id, action: "source.fetch-now" } })).toBe(1);
  });

  it("disables with a reason (the worker leaves it alone, fetch now is refused) and enables it due at once", async () => {
    const off = await patch({ enabled: false, reason: "publisher moved the file" });
    expect(off.status).toBe(200);
    expect(off.json?.data).toMatchObject({ enabled: false, disabledReason: expect.stringMatching(/^disabled by .+: publisher moved the file$/) });
    version += 1;
    requests.length = 0;
    expect(await runSourcesOnce(db.db, { all: true })).toEqual([]);
    const refused = await fetchNow();
    expect(refused.status).toBe(422);
    expect(refused.text).toContain("source-enabled");
    expect(requests).toHaveLength(0);

    const on = await patch({ enabled: true });
    expect(on.json?.data).toMatchObject({ enabled: true, disabledReason: null });
    version += 1;
    const source = await db.db.leaderboardSource.findUniqueOrThrow({ where: { id } });
    expect(source.nextFetchAt.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it("refuses fetch now while the publisher's Retry-After runs, sending it no request", async () => {
    answer = "rate-limited";
    const limited = await fetchNow();
    expect(limited.json?.data).toMatchObject({ result: { status: "error" }, source: { lastStatus: 429 } });
    requests.length = 0;
    const refused = await fetchNow();
    expect(refused.status).toBe(422);
    expect(refused.text).toContain("source-rate-limit");
    expect(requests).toHaveLength(0);
    answer = "ok";
  });

  it("a new URL forgets the validators; the same URL and selector as another source is a 409", async () => {
    await db.db.leaderboardSource.update({ where: { id }, data: { etag: '"v7"', lastModified: "Thu, 11 Dec 2025 12:00:00 GMT" } });
    const moved = await patch({ url: `${server.origin}/${kind}/moved.json` });
    expect(moved.status).toBe(200);
    version += 1;
    expect(await db.db.leaderboardSource.findUniqueOrThrow({ where: { id } })).toMatchObject({ etag: null, lastModified: null, url: `${server.origin}/${kind}/moved.json` });
    const other = await callRoute(postSource, {
      method: "POST",
      path: `/api/v1/leaderboards/${slug}/sources`,
      params: { slug },
      headers: auth(),
      body: { url: `${server.origin}/${kind}/second.json`, adapter: "lmarena-catalog" },
    });
    expect(other.status).toBe(201);
    expect((await patch({ url: `${server.origin}/${kind}/second.json` })).status).toBe(409);
  });

  it("backfills uploaded versions dated by their names, refuses an undated or unreadable file whole, and adds nothing twice", async () => {
    const uploaded = files.slice(0, -1).map((name, i) => ({ name, content: body(i).toString("utf8") }));
    const before = await db.db.sourceVersion.count({ where: { sourceId: id } });

    const undated = await backfill([...uploaded, { name: "latest.json", content: body(0).toString("utf8") }]);
    expect(undated.status).toBe(422);
    expect(undated.text).toContain("latest.json");
    const unreadable = await backfill([...uploaded, { name: "2025-12-01_broken.json", content: "{ not json" }]);
    expect(unreadable.status).toBe(422);
    expect(unreadable.text).toContain("2025-12-01_broken.json");
    expect(await db.db.sourceVersion.count({ where: { sourceId: id } })).toBe(before);

    const first = await backfill(uploaded);
    expect(first.status).toBe(200);
    const lines = first.json?.data as { file: string; status: string; date: string }[];
    expect(lines.map((l) => l.file)).toEqual(uploaded.map((f) => f.name));
    expect(lines.every((l) => l.status === "stored")).toBe(true);
    expect(lines[0]!.date).toBe(`${files[0]!.slice(0, 10)}T12:00:00.000Z`);
    expect(await db.db.sourceVersion.count({ where: { sourceId: id, backfilled: true } })).toBe(uploaded.length);

    const again = await backfill(uploaded);
    expect((again.json?.data as { status: string }[]).every((l) => l.status === "already-there")).toBe(true);
    expect(await db.db.sourceVersion.count({ where: { sourceId: id } })).toBe(before + uploaded.length);
    expect(await db.db.signal.count({ where: { type: "NEW_CONTENDER" } })).toBe(0);
  });

  it("shares due sources between two workers running at once: each fetched exactly once, both doing some, racing to create the same models without an error", async () => {
    await db.db.leaderboardSource.updateMany({ data: { enabled: false, disabledReason: "not in this test" } });
    // Every source publishes the same names to a board of its own (a version's write locks its
    // board), unknown names becoming models: the workers race to create them.
    for (let i = 0; i < 8; i++) {
      const board = await db.db.leaderboard.create({ data: { slug: `shared-${i}`, name: `Shared ${i}`, source: "LMArena", pool: "text-to-image", modality: "TEXT_TO_IMAGE" } });
      await db.db.leaderboardSource.create({
        data: { leaderboardId: board.id, url: `${server.origin}/${kind}/shared-${i}.json`, adapter: "lmarena-catalog", createModels: true, nextFetchAt: new Date(0) },
      });
    }
    requests.length = 0;
    const [a, b] = await Promise.all([runSourcesOnce(db.db, { concurrency: 2 }), runSourcesOnce(db.db, { concurrency: 2 })]);
    expect(a.length + b.length).toBe(8);
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBeGreaterThan(0);
    expect(new Set([...a, ...b].map((r) => r.sourceId)).size).toBe(8);
    expect([...a, ...b].map((r) => r.error)).toEqual(Array(8).fill(null));
    expect([...a, ...b].every((r) => r.status === "new-version" && r.unmatched === 0)).toBe(true);
    const names = Object.keys((JSON.parse(body(files.length - 1).toString("utf8")) as { full: object }).full);
    const models = await db.db.model.findMany({ where: { arenaNames: { some: { source: { leaderboard: { slug: { startsWith: "shared-" } } } } } }, select: { slug: true } });
    expect(models).toHaveLength(names.length);
    expect(requests.map((r) => r.path).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `/${kind}/shared-${i}.json`).sort());
    await db.db.leaderboardSource.updateMany({ where: { leaderboard: { slug: { startsWith: "shared-" } } }, data: { enabled: false, disabledReason: "done" } });
  });

  it("removes a source with its versions; the board keeps the snapshots they wrote", async () => {
    const snapshots = await db.db.eloSnapshot.count({ where: { leaderboard: { slug } } });
    expect(snapshots).toBeGreaterThan(0);
    const gone = await callRoute(deleteSource, { method: "DELETE", path: `/api/v1/leaderboards/${slug}/sources/${id}`, params: { slug, id }, headers: auth() });
    expect(gone.status).toBe(200);
    expect(gone.json?.data).toMatchObject({ id, versions: files.length });
    expect(await db.db.leaderboardSource.findUnique({ where: { id } })).toBeNull();
    expect(await db.db.sourceVersion.count({ where: { sourceId: id } })).toBe(0);
    expect(await db.db.eloSnapshot.count({ where: { leaderboard: { slug } } })).toBe(snapshots);
  });
});
