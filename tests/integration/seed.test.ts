import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, Tx } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { DEMO_ACCOUNTS } from "@/lib/db/seed/demo-accounts";
import { HAPPYHORSE_SLUG } from "@/lib/db/seed/demo-models";
import { DEMO_SEED_MARKER_KEY, seedDemoData } from "@/lib/db/seed/seed-demo-data";
import { isSameStory } from "@/lib/news/cluster/same-story";
import { matchModels } from "@/lib/news/match/match-models";
import { readClaimProposals } from "@/lib/news/proposals/claim-proposal";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";

/** Row count of every table but Prisma's migration log: "nothing changed" and "nothing written" in one map. */
async function tableCounts(db: Db): Promise<Record<string, number>> {
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT table_name::text AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
     ORDER BY table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${name}"`);
    counts[name] = row?.n ?? -1;
  }
  return counts;
}

const nonZero = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).filter(([, n]) => n !== 0));

/** A client whose seed transaction dies just before writing the marker: the worst moment to crash. */
function crashingBeforeMarker(db: Db): Db {
  const crash = async () => {
    throw new Error("simulated crash before the marker");
  };
  const wrapTx = (tx: Tx): Tx =>
    new Proxy(tx, {
      get(target, prop) {
        const value: unknown = Reflect.get(target, prop, target);
        if (prop !== "setting") return typeof value === "function" ? value.bind(target) : value;
        return new Proxy(target.setting, {
          get: (d, p) => (p === "create" ? crash : Reflect.get(d, p, d)),
        });
      },
    });
  return new Proxy(db, {
    get(target, prop) {
      if (prop === "$transaction") {
        return (fn: (tx: Tx) => Promise<unknown>, options?: { timeout?: number; maxWait?: number }) =>
          target.$transaction((tx) => fn(wrapTx(tx)), options);
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

describe.each(testDatabaseKinds())("demo seed on %s", (kind) => {
  let t: TestDatabase;
  let db: Db;
  let seeding: Promise<Record<string, number>> | undefined;

  /**
   * Seeds once, on first use, and returns the row counts after it. The failure
   * test runs first on the still-empty database (opening a second PGlite costs
   * seconds on a busy 2-core machine); the first seed after it also shows that
   * a failed attempt leaves nothing in the way.
   */
  function seeded(): Promise<Record<string, number>> {
    seeding ??= (async () => {
      const started = Date.now();
      const logs: string[] = [];
      // Two starters at once (on PostgreSQL, two pool connections): exactly one seeds.
      const results = await Promise.all([seedDemoData(db, { log: (m) => logs.push(m) }), seedDemoData(db)]);
      expect(results.map((r) => r.seeded).sort()).toEqual([false, true]);
      console.log(`[seed.test] ${kind}: ${Date.now() - started} ms (${logs.join("; ")})`);
      return tableCounts(db);
    })();
    return seeding;
  }

  beforeAll(async () => {
    t = await openTestDatabase(kind);
    db = t.db;
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it("leaves nothing behind when it fails mid-way", async () => {
    expect(seeding, "this test needs the empty database: keep it first").toBeUndefined();
    expect(nonZero(await tableCounts(db))).toEqual({});

    await expect(seedDemoData(crashingBeforeMarker(db))).rejects.toThrow(/simulated crash/);
    expect(nonZero(await tableCounts(db))).toEqual({});

    // A conflicting row (a feed at a demo feed's URL) makes the seed fail half-way through.
    await db.feed.create({ data: { url: "https://syntheticmedia.example/feed" } });
    await expect(seedDemoData(db)).rejects.toThrow();
    expect(nonZero(await tableCounts(db))).toEqual({ Feed: 1 });
    await db.feed.deleteMany();
  });

  it("seeds the empty database once, even when two seeds race", async () => {
    const counts = await seeded();
    expect(counts.Model).toBeGreaterThanOrEqual(9);
    expect(counts.Setting).toBe(1);
  });

  it("creates the models, with HappyHorse owned by Alibaba's ATH AI Innovation Unit", async () => {
    await seeded();
    expect(await db.model.count({ where: { isDemo: true } })).toBeGreaterThanOrEqual(9);
    const hh = await db.model.findUniqueOrThrow({
      where: { slug: HAPPYHORSE_SLUG },
      include: { organization: true, aliases: true, lifecycle: { orderBy: { occurredAt: "asc" } } },
    });
    expect(hh.organization?.name).toBe("Alibaba");
    expect(hh.unit).toBe("ATH AI Innovation Unit");
    expect(hh.lifecycleStage).toBe("ANNOUNCED");
    expect(hh.aliases.map((a) => a.normalized)).toEqual(expect.arrayContaining(["happyhorse", "happy horse", "happyhorse-1.0"]));
    expect(hh.lifecycle.map((e) => [e.fromStage, e.toStage])).toEqual([
      [null, "ARENA_ONLY"],
      ["ARENA_ONLY", "ANNOUNCED"],
    ]);
    expect(hh.lifecycle.every((e) => e.note.length > 0 && e.sourceUrl)).toBe(true);
  });

  it("records HappyHorse's claims: ownership verified officially, the rest of the rumours unverified", async () => {
    await seeded();
    const claims = await db.claim.findMany({
      where: { model: { slug: HAPPYHORSE_SLUG } },
      include: { sources: true, events: { orderBy: { claimVersion: "asc" } } },
    });
    const byCategory = (c: string) => claims.filter((x) => x.category === c);
    const [ownership] = byCategory("OWNERSHIP");
    expect(ownership?.status).toBe("VERIFIED");
    expect(ownership?.confidence).toBe("CONFIDENT");
    expect(ownership?.sources.some((s) => s.kind === "OFFICIAL")).toBe(true);
    expect(ownership?.events.map((e) => [e.type, e.fromStatus, e.toStatus, e.claimVersion])).toEqual([
      ["CREATED", null, "UNVERIFIED", 1],
      ["STATUS_CHANGED", "UNVERIFIED", "VERIFIED", 2],
    ]);
    expect(ownership?.events[1]?.note).toMatch(/Alibaba/);
    for (const cat of ["ARCHITECTURE", "PARAMETERS", "SPEED", "AUDIO", "INTEGRATION"]) {
      expect(byCategory(cat).map((c) => c.status), cat).toEqual(["UNVERIFIED"]);
    }
    for (const cat of ["API", "PRICING", "LICENSING"]) {
      expect(byCategory(cat)[0]?.reviewBy, cat).toBeInstanceOf(Date);
    }
    expect(byCategory("BENCHMARK")[0]?.sources.some((s) => s.kind === "LEADERBOARD")).toBe(true);
  });

  it("keeps every claim's audit trail consistent with its status and version", async () => {
    await seeded();
    const claims = await db.claim.findMany({ include: { sources: true, events: { orderBy: { claimVersion: "asc" } } } });
    expect(claims.length).toBeGreaterThanOrEqual(30);
    expect(new Set(claims.map((c) => c.status))).toEqual(new Set(["UNVERIFIED", "VERIFIED", "DISPUTED", "REFUTED", "RETRACTED"]));
    for (const c of claims) {
      expect(c.isDemo).toBe(true);
      expect(c.events[0]?.type, c.statement).toBe("CREATED");
      expect(c.events.map((e) => e.claimVersion)).toEqual(c.events.map((_, i) => i + 1));
      expect(c.events.at(-1)?.claimVersion).toBe(c.version);
      expect(c.events.at(-1)?.toStatus).toBe(c.status);
      for (let i = 1; i < c.events.length; i++) expect(c.events[i]?.fromStatus).toBe(c.events[i - 1]?.toStatus);
      if (c.status === "VERIFIED") expect(c.sources.some((s) => s.kind === "OFFICIAL" || s.kind === "INDEPENDENT")).toBe(true);
      if (c.status === "REFUTED") expect(c.sources.length).toBeGreaterThan(0);
    }
  });

  it("creates three illustrative leaderboards with at least 26 weekly snapshots per model and board", async () => {
    await seeded();
    const boards = await db.leaderboard.findMany({ where: { isDemo: true }, orderBy: { position: "asc" } });
    expect(boards.map((b) => [b.slug, b.withAudio, b.position])).toEqual([
      ["text-to-video", false, 0],
      ["text-to-video-audio", true, 1],
      ["image-to-video", false, 2],
    ]);
    expect(boards.every((b) => b.isDemo && b.method === "PUBLISHED" && /illustrative/i.test(b.description ?? ""))).toBe(true);
    const demoBoards = { leaderboard: { isDemo: true } };
    const groups = await db.eloSnapshot.groupBy({ by: ["leaderboardId", "modelId"], where: demoBoards, _count: { _all: true } });
    expect(groups.length).toBeGreaterThanOrEqual(3 * 6);
    for (const g of groups) expect(g._count._all).toBeGreaterThanOrEqual(26);
    const hhBoards = groups.filter((g) => g.modelId === "demo-model-" + HAPPYHORSE_SLUG);
    expect(hhBoards).toHaveLength(3);
    const incomplete = await db.eloSnapshot.count({
      where: { ...demoBoards, OR: [{ ciLow: null }, { ciHigh: null }, { votes: null }, { appearances: null }, { anchor: null }, { pool: null }] },
    });
    expect(incomplete).toBe(0);
  });

  it("backfills the real LMArena text-to-image board from its seven published versions, credited, with nano-banana mapped", async () => {
    await seeded();
    const board = await db.leaderboard.findUniqueOrThrow({ where: { slug: "lmarena-text-to-image" }, include: { sources: { include: { versions: true } } } });
    expect(board).toMatchObject({ name: "LMArena text-to-image", source: "LMArena", sourceUrl: "https://lmarena.ai/leaderboard/text-to-image", isDemo: false });
    expect(board.description).toMatch(/Real published data.*Credit: LMArena/);
    const [source] = board.sources;
    expect(source).toMatchObject({ adapter: "lmarena-catalog", selector: "full", enabled: false, url: expect.stringContaining("lmarena/arena-catalog") });
    expect(source!.versions.map((v) => [v.versionDate.toISOString().slice(0, 10), v.entryCount, v.backfilled])).toEqual(
      [["2025-03-14", 8], ["2025-04-04", 8], ["2025-04-24", 8], ["2025-05-27", 8], ["2025-11-05", 25], ["2025-11-06", 27], ["2025-12-11", 34]].map(([d, n]) => [d, n, true]),
    );
    // The codename and its reveal are one model, with LMArena's figures as published.
    const gemini = await db.eloSnapshot.findMany({ where: { leaderboardId: board.id, model: { slug: "gemini-2-5-flash-image" } }, orderBy: { capturedAt: "asc" } });
    expect(gemini.map((s) => s.capturedAt.toISOString().slice(0, 10))).toEqual(["2025-11-05", "2025-11-06", "2025-12-11"]);
    expect(gemini.at(-1)).toMatchObject({ displayLabel: "gemini-2.5-flash-image-preview (nano-banana)", votes: null, method: "PUBLISHED" });
    expect(gemini.at(-1)!.rating).toBeCloseTo(1155.873, 3);
    expect(await db.eloSnapshot.count({ where: { leaderboardId: board.id, capturedAt: new Date("2025-12-11T12:00:00Z"), rank: null } })).toBe(0);
    expect(await db.signal.count({ where: { leaderboardId: board.id } })).toBe(0);
  });

  it("puts HappyHorse first on the silent board at the latest date, with a narrower interval than at the start", async () => {
    await seeded();
    const snaps = await db.eloSnapshot.findMany({
      where: { leaderboard: { slug: "text-to-video" }, model: { slug: HAPPYHORSE_SLUG } },
      orderBy: { capturedAt: "asc" },
    });
    const first = snaps[0];
    const last = snaps.at(-1);
    if (!first || !last) throw new Error("no HappyHorse snapshots");
    expect(last.capturedAt.toISOString()).toBe("2026-11-18T00:00:00.000Z");
    expect(last.rank).toBe(1);
    expect(first.displayLabel).toMatch(/^Anonymous model/);
    expect(last.displayLabel).toBe("HappyHorse 1.0");
    expect((last.ciHigh ?? 0) - (last.ciLow ?? 0)).toBeLessThan((first.ciHigh ?? 0) - (first.ciLow ?? 0));
    const votes = snaps.map((s) => s.votes ?? 0);
    expect(votes).toEqual([...votes].sort((a, b) => a - b));
    const audioAnchors = await db.eloSnapshot.findMany({
      where: { leaderboard: { slug: "text-to-video-audio" } },
      distinct: ["anchor"],
      select: { anchor: true },
    });
    expect(audioAnchors.length).toBe(2);
  });

  it("fills the news queue in every review state, from disabled demo feeds", async () => {
    await seeded();
    const feeds = await db.feed.findMany();
    expect(feeds.length).toBeGreaterThanOrEqual(3);
    expect(feeds.every((f) => f.isDemo && !f.enabled && f.disabledReason)).toBe(true);
    const states = await db.newsItem.groupBy({ by: ["reviewStatus"], _count: { _all: true } });
    expect(states.map((s) => s.reviewStatus).sort()).toEqual(["DISMISSED", "NEW", "RELEVANT"]);
    const items = await db.newsItem.findMany({ include: { links: true } });
    expect(items.length).toBeGreaterThanOrEqual(30);
    for (const n of items) {
      expect(n.guidHash).toMatch(/^[0-9a-f]{64}$/);
      expect(n.summary).toMatch(/^<p>.*<\/p>$/);
      if (n.reviewStatus === "NEW") expect(n.links.every((l) => l.state === "SUGGESTED")).toBe(true);
      if (n.reviewStatus === "RELEVANT") expect(n.links.every((l) => l.state === "CONFIRMED")).toBe(true);
      if (n.reviewStatus === "DISMISSED") expect(n.dismissReason).toBeTruthy();
    }
    const cluster = await db.newsCluster.findFirst({ include: { items: true }, orderBy: { title: "asc" } });
    expect(new Set(cluster?.items.map((i) => i.feedId)).size).toBeGreaterThanOrEqual(2);
    const linkedSources = await db.claimSource.findMany({ where: { newsItemId: { not: null } }, include: { newsItem: true } });
    expect(linkedSources.length).toBeGreaterThan(0);
    expect(linkedSources.every((s) => s.newsItem?.reviewStatus === "RELEVANT" && s.url === s.newsItem.canonicalUrl)).toBe(true);
  });

  it("gives the queue a story from several outlets with proposed claim changes, clustered as ingest would", async () => {
    await seeded();
    const story = await db.newsCluster.findFirstOrThrow({
      where: { items: { every: { reviewStatus: "NEW" } } },
      include: { items: { orderBy: { publishedAt: "asc" } } },
    });
    expect(new Set(story.items.map((i) => i.feedId)).size).toBe(3);
    // The demo cluster is one the real rule would form: every report reads as the first one's story.
    const [first, ...rest] = story.items;
    for (const other of rest) expect(isSameStory(first!.titleTokens, other.titleTokens)).toBe(true);
    const proposals = story.items.flatMap((i) => readClaimProposals(i.proposals));
    expect(proposals.length).toBeGreaterThan(0);
    // The published "no pricing" verdict is due for its re-check: the leak is proposed as its source.
    expect(proposals.every((p) => p.kind === "add-source" && p.category === "PRICING" && p.claimStatus === "VERIFIED")).toBe(true);
    // Every report proposes it; the story signals each change once.
    const changes = new Set(proposals.map((p) => `${p.modelId} ${p.claimId ?? p.category} ${p.kind}`));
    expect(proposals.length).toBeGreaterThan(changes.size);
    expect(await db.signal.count({ where: { type: "CLAIM_PROPOSED", newsItemId: { in: story.items.map((i) => i.id) } } })).toBe(changes.size);
  });

  it("has Chinese and Japanese demo news with their language, matched through CJK aliases, clustered as ingest would", async () => {
    await seeded();
    const byLanguage = await db.newsItem.groupBy({ by: ["language"], _count: { _all: true } });
    expect(byLanguage.map((g) => g.language).sort()).toEqual(["en", "ja", "zh"]);
    const cjk = await db.newsItem.findMany({ where: { language: { in: ["zh", "ja"] } }, include: { links: true } });
    expect(cjk.length).toBeGreaterThanOrEqual(4);
    expect(cjk.every((n) => n.isDemo && n.links.length > 0)).toBe(true);
    const matched = matchModels(
      "快手可灵3.0正式发布",
      (await db.model.findMany({ select: { id: true, slug: true, name: true, aliases: { select: { normalized: true } } } })).map((m) => ({
        modelId: m.slug,
        names: [m.name, ...m.aliases.map((a) => a.normalized)],
      })),
    );
    expect(matched.map((m) => m.modelId)).toEqual(["kling-3-0"]);
    // The Chinese report of Alibaba's confirmation is one of that story's reports, as the clustering rule would have it.
    const zh = await db.newsItem.findFirstOrThrow({ where: { language: "zh", clusterId: { not: null } }, include: { cluster: { include: { items: true } } } });
    const english = zh.cluster!.items.filter((i) => i.language === "en");
    expect(english.length).toBeGreaterThan(0);
    expect(english.some((e) => isSameStory(zh.titleTokens, e.titleTokens))).toBe(true);
  });

  it("creates the demo accounts with their published passwords", async () => {
    await seeded();
    for (const account of Object.values(DEMO_ACCOUNTS)) {
      const user = await db.user.findUniqueOrThrow({ where: { email: account.email }, omit: { passwordHash: false } });
      expect(user.role).toBe(account.role);
      expect(user.isDemo).toBe(true);
      expect(await verifyPassword(account.password, user.passwordHash ?? "")).toBe(true);
    }
  });

  it("does nothing the second time", async () => {
    const firstCounts = await seeded();
    expect(await seedDemoData(db)).toEqual({ seeded: false });
    expect(await tableCounts(db)).toEqual(firstCounts);
    expect(await db.setting.findUnique({ where: { key: DEMO_SEED_MARKER_KEY } })).not.toBeNull();
  });
});
