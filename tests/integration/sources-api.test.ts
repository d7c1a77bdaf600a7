// The sources API on both databases: an editor attaches a source (secret
// header write-only), its first versions land, unmatched names are mapped,
// created or marked anonymous (earlier versions attached to the model's
// history, the mapping remembered for later versions), and a source that
// breaks sends editors one broken and one recovered signal.
import fs from "node:fs";
import type http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listSources, POST as postSource } from "@/app/api/v1/leaderboards/[slug]/sources/route";
import { GET as listUnmatched } from "@/app/api/v1/leaderboards/[slug]/unmatched/route";
import { POST as resolveName } from "@/app/api/v1/leaderboards/[slug]/unmatched/[id]/route";
import { runSourcesOnce } from "@/lib/sources/run-sources-once";
import { startFeedServer, type FeedServer } from "../helpers/feed-server";
import { callRoute, createTestUser, useAsAppDatabase, type TestUser } from "../helpers/route-harness";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";

process.env.FEED_ALLOW_PRIVATE_NETWORKS = "true";

const corpus = path.join(process.cwd(), "tests/fixtures/leaderboard-corpus/lmarena-catalog/leaderboard-image");
const files = fs.readdirSync(corpus).sort();
const version = (i: number) => ({ date: new Date(`${files[i]!.slice(0, 10)}T12:00:00Z`), body: fs.readFileSync(path.join(corpus, files[i]!)) });
type Published = { full: Record<string, { rating: number; rating_q025: number; rating_q975: number }> };
const published = (i: number) => JSON.parse(version(i).body.toString("utf8")) as Published;

const SECRET = "sk-live-abcdef0123456789";
let current = 0;
let failing = false;
const keys: (string | undefined)[] = [];
let server: FeedServer;

beforeAll(async () => {
  server = await startFeedServer((req: http.IncomingMessage, res: http.ServerResponse) => {
    keys.push(req.headers["x-api-key"] as string | undefined);
    if (failing) return res.writeHead(503).end("down");
    res.writeHead(200, { "content-type": "application/json" }).end(version(current).body);
  });
});
afterAll(() => server.close());

describe.each(testDatabaseKinds())("the sources API on %s", (kind) => {
  let db: TestDatabase;
  let editor: TestUser;
  const slug = "image-arena";
  const auth = () => ({ authorization: editor.bearer });

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    useAsAppDatabase(db);
    editor = await createTestUser(db, "EDITOR");
    await db.db.leaderboard.create({ data: { slug, name: "Image arena", source: "LMArena", pool: "text-to-image", modality: "TEXT_TO_IMAGE" } });
    await db.db.model.create({ data: { slug: "dall-e-3", name: "DALL-E 3" } });
  }, 120_000);
  afterAll(() => db.destroy());

  it("adds a source with a write-only secret header, refusing bad bodies by field", async () => {
    const post = (body: unknown) => callRoute(postSource, { method: "POST", path: `/api/v1/leaderboards/${slug}/sources`, params: { slug }, headers: auth(), body });
    const url = `${server.origin}/${kind}/image.json`;
    const bad = await post({ url, adapter: "lmarena-catalog", intervalMinutes: 5 });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain("intervalMinutes");
    expect((await post({ url, adapter: "mapped" })).status).toBe(422);
    expect((await post({ url, adapter: "lmarena-catalog", headers: { Host: "evil" } })).status).toBe(400);

    const created = await post({ url, adapter: "lmarena-catalog", selector: "full", headers: { "x-api-key": SECRET } });
    expect(created.status).toBe(201);
    expect(created.json?.data).toMatchObject({ url, adapter: "lmarena-catalog", selector: "full", intervalMinutes: 360, secretHeaderNames: ["x-api-key"], versions: 0, enabled: true });
    expect(created.text).not.toContain(SECRET);
    expect((await post({ url, adapter: "lmarena-catalog", selector: "full" })).status).toBe(409);
    expect(JSON.stringify(await db.db.auditEvent.findMany())).not.toContain(SECRET);
  });

  it("fetches the first versions, lists unmatched names, and maps, creates or marks them anonymous", async () => {
    keys.length = 0;
    for (const i of [0, 1]) {
      current = i;
      const [result] = await runSourcesOnce(db.db, { all: true, now: () => version(i).date });
      expect(result).toMatchObject({ status: "new-version", entries: 8, unmatched: 7 });
    }
    expect(keys).toEqual([SECRET, SECRET]);
    const sources = await callRoute(listSources, { path: `/api/v1/leaderboards/${slug}/sources`, params: { slug }, headers: auth() });
    expect(sources.status).toBe(200);
    expect(sources.json?.data).toEqual([expect.objectContaining({ versions: 2, lastStatus: 200, consecutiveErrors: 0, latestVersionDate: version(1).date.toISOString() })]);
    expect(sources.text).not.toContain(SECRET);

    const unmatched = await callRoute(listUnmatched, { path: `/api/v1/leaderboards/${slug}/unmatched`, params: { slug }, headers: auth() });
    const names = unmatched.json?.data as { id: string; sourceKey: string; lastRating: number; firstSeenAt: string }[];
    expect(names).toHaveLength(7);
    expect(names.map((n) => n.lastRating)).toEqual([...names.map((n) => n.lastRating)].sort((a, b) => b - a));
    expect(names.find((n) => n.sourceKey === "ideogram-v2")).toMatchObject({ lastRating: published(1).full["ideogram-v2"]!.rating, firstSeenAt: version(0).date.toISOString() });

    const act = (key: string, body: unknown) =>
      callRoute(resolveName, { method: "POST", path: `/api/v1/leaderboards/${slug}/unmatched/x`, params: { slug, id: names.find((n) => n.sourceKey === key)!.id }, headers: auth(), body });
    await db.db.model.create({ data: { slug: "ideogram-2", name: "Ideogram 2.0" } });
    const mapped = await act("ideogram-v2", { action: "map", model: "ideogram-2" });
    expect(mapped.status).toBe(200);
    expect(mapped.json?.data).toMatchObject({ sourceKey: "ideogram-v2", model: { slug: "ideogram-2", created: false }, attached: 2 });
    const history = await db.db.eloSnapshot.findMany({ where: { model: { slug: "ideogram-2" } }, orderBy: { capturedAt: "asc" } });
    expect(history.map((s) => s.capturedAt.toISOString())).toEqual([0, 1].map((i) => version(i).date.toISOString()));
    history.forEach((s, i) => expect(s.rating).toBeCloseTo(published(i).full["ideogram-v2"]!.rating, 9));
    expect(history.every((s) => s.rank !== null)).toBe(true);
    expect((await act("ideogram-v2", { action: "map", model: "ideogram-2" })).status).toBe(409); // mapped already

    const anonymous = await act("flux-1.1-pro", { action: "anonymous" });
    expect(anonymous.json?.data).toMatchObject({ model: { slug: "flux-1-1-pro", created: true }, attached: 2 });
    expect(await db.db.model.findUnique({ where: { slug: "flux-1-1-pro" } })).toMatchObject({ lifecycleStage: "ARENA_ONLY", organizationId: null, modalities: ["TEXT_TO_IMAGE"] });
    const createdModel = await act("recraft-v3", { action: "create-model", name: "Recraft V3", organization: "Recraft" });
    expect(createdModel.json?.data).toMatchObject({ model: { slug: "recraft-v3", created: true } });
    expect((await act("flux-1-dev-fp8", { action: "map", model: "no-such-model" })).status).toBe(404);
    expect((await act("flux-1-dev-fp8", { action: "create-model", slug: "dall-e-3" })).status).toBe(409);

    // The next version: the remembered mappings resolve, only the rest stay unmatched.
    current = 2;
    const [third] = await runSourcesOnce(db.db, { all: true, now: () => version(2).date });
    expect(third).toMatchObject({ status: "new-version", unmatched: 4 });
    const after = await callRoute(listUnmatched, { path: `/api/v1/leaderboards/${slug}/unmatched`, params: { slug }, headers: auth() });
    expect((after.json?.data as unknown[]).length).toBe(4);
    expect(await db.db.eloSnapshot.count({ where: { model: { slug: "ideogram-2" } } })).toBe(3);
  });

  it("sends one broken signal after three failures and one recovered signal on the next success", async () => {
    failing = true;
    const source = await db.db.leaderboardSource.findFirstOrThrow();
    for (let i = 0; i < 4; i++) {
      const [r] = await runSourcesOnce(db.db, { all: true, now: () => new Date(Date.UTC(2026, 0, 1 + i)) });
      expect(r).toMatchObject({ status: "error", error: "http-status: The server answered HTTP 503." });
    }
    expect(await db.db.signal.count({ where: { type: "SOURCE_BROKEN" } })).toBe(1);
    failing = false;
    const [ok] = await runSourcesOnce(db.db, { all: true, now: () => new Date(Date.UTC(2026, 0, 6)) });
    expect(ok?.status).toBe("unchanged");
    const signals = await db.db.signal.findMany({ where: { type: { in: ["SOURCE_BROKEN", "SOURCE_RECOVERED"] } }, orderBy: { occurredAt: "asc" } });
    expect(signals.map((s) => [s.type, s.leaderboardId !== null, (s.payload as { sourceId: string }).sourceId])).toEqual([
      ["SOURCE_BROKEN", true, source.id],
      ["SOURCE_RECOVERED", true, source.id],
    ]);
    expect(await db.db.leaderboardSource.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({ consecutiveErrors: 0, lastError: null });
  });
});
