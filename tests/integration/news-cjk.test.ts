// Chinese, Japanese and English coverage of one story through the real ingest path, on both
// databases: feeds served over HTTP on loopback in GB18030, UTF-8, Big5 and Shift_JIS, ingested by
// ingestFeed, rows checked as stored.
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectDatabase } from "@/lib/db";
import { ingestFeed } from "@/lib/news/ingest/ingest-feed";
import { listReviewQueue } from "@/lib/news/review/list-review-queue";
import { readClaimProposals } from "@/lib/news/proposals/claim-proposal";
import { normalizeSearchText } from "@/lib/search/normalize-search-text";
import { GET as getQueue } from "@/app/api/v1/review-queue/route";
import { startFeedServer, type FeedServer } from "../helpers/feed-server";
import { callRoute, createTestUser, useAsAppDatabase } from "../helpers/route-harness";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";

interface Item {
  title: string;
  link: string;
  date: string;
  description: string;
}

/** An RSS document in `encoding`, declared in its XML prolog, with an optional <language>. */
function encodedFeed(encoding: string, outlet: string, language: string | null, items: Item[]): Buffer {
  const entries = items.map(
    (i) =>
      `<item><guid>${i.link}</guid><title>${i.title}</title><link>${i.link}</link><description>${i.description}</description><pubDate>${new Date(i.date).toUTCString()}</pubDate></item>`,
  );
  const xml = `<?xml version="1.0" encoding="${encoding}"?><rss version="2.0"><channel><title>${outlet}</title><link>https://${encodeURIComponent(outlet)}.example/</link>${language ? `<language>${language}</language>` : ""}${entries.join("")}</channel></rss>`;
  const body = iconv.encode(xml, encoding);
  // The encoder must not have replaced anything: every character exists in the outlet's charset.
  expect(iconv.decode(body, encoding)).toBe(xml);
  return body;
}

const bodies = new Map<string, { body: Buffer; contentType: string }>();
let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer((req, res) => {
    const served = bodies.get(req.url ?? "");
    if (served) res.writeHead(200, { "content-type": served.contentType }).end(served.body);
    else res.writeHead(404).end("not found");
  });
});
afterAll(() => server.close());

const STORY = {
  gb18030: { title: "HappyHorse 1.0开放API，定价每秒0.9元", description: "阿里巴巴今天为HappyHorse 1.0开放API接口，价格为每秒0.9元。" },
  utf8: { title: "阿里HappyHorse 1.0 API上线：每秒0.9元", description: "HappyHorse 1.0的API正式上线，按每秒0.9元计费。" },
  big5: { title: "HappyHorse 1.0 API定價公佈 每秒0.9元", description: "阿里巴巴公佈HappyHorse 1.0的API定價：每秒0.9元人民幣。" },
  english: { title: "Alibaba prices the HappyHorse 1.0 API at 0.9 yuan per second", description: "The API opened today, with per-second pricing." },
};

describe.each(testDatabaseKinds())("Chinese, Japanese and English news at ingest on %s", (kind) => {
  let db: TestDatabase;
  let modelId: string;
  // After every date below: ingest clamps dates in the future to "now".
  const now = () => new Date("2026-12-01T12:00:00Z");

  async function ingest(path: string, body: Buffer, contentType: string, newItems = 1) {
    bodies.set(`/${kind}${path}`, { body, contentType });
    const feed = await db.db.feed.create({ data: { url: `${server.origin}/${kind}${path}` } });
    const result = await ingestFeed(db.db, feed.id, { allowPrivateNetworks: true, now });
    expect(result).toMatchObject({ status: "ok", error: null, newItems });
  }
  const alias = (id: string, name: string) => db.db.modelAlias.create({ data: { modelId: id, alias: name, normalized: normalizeSearchText(name) } });

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    modelId = (await db.db.model.create({ data: { slug: "happyhorse-1-0", name: "HappyHorse 1.0" } })).id;
    await alias(modelId, "HappyHorse");
    const pika = await db.db.model.create({ data: { slug: "pika-2-2", name: "Pika 2.2" } });
    await alias(pika.id, "ピカ");
    const hika = await db.db.model.create({ data: { slug: "hika", name: "Hika" } });
    await alias(hika.id, "ヒカ");

    const at = (hour: number) => `2026-11-10T0${hour}:00:00Z`;
    // The charset from the Content-Type header; from the XML prolog alone; UTF-8 without a declared language.
    await ingest("/shipin.xml", encodedFeed("gb18030", "AI视频前线", "zh-cn", [{ ...STORY.gb18030, link: "https://shipin.example/hh-api", date: at(2) }]), "application/rss+xml; charset=gb18030");
    await ingest("/keji.xml", encodedFeed("utf-8", "科技日报AI", null, [{ ...STORY.utf8, link: "https://keji.example/hh", date: at(3) }]), "application/rss+xml");
    await ingest("/taipei.xml", encodedFeed("big5", "台北科技", "zh-tw", [{ ...STORY.big5, link: "https://taipei.example/hh", date: at(4) }]), "application/xml");
    await ingest("/ledger.xml", encodedFeed("utf-8", "The Ledger", "en-us", [{ ...STORY.english, link: "https://ledger.example/hh-api", date: at(5) }]), "application/rss+xml; charset=utf-8");
    await ingest(
      "/douga.xml",
      encodedFeed("shift_jis", "動画AIウォッチ", "ja", [
        { title: "ピカ 2.2、新しい動画効果を公開", link: "https://douga.example/pika", date: at(6), description: "ピカの新機能。" },
        { title: "ヒカが新モデルを発表", link: "https://douga.example/hika", date: at(7), description: "詳細は未公表。" },
      ]),
      "application/rss+xml; charset=Shift_JIS",
      2,
    );
  }, 120_000);
  afterAll(() => db.destroy());

  const storyItems = () =>
    db.db.newsItem.findMany({
      where: { title: { in: Object.values(STORY).map((s) => s.title) } },
      include: { links: true },
      orderBy: { publishedAt: "asc" },
    });

  it("decodes each report, records its language and matches the model in each", async () => {
    const items = await storyItems();
    expect(items.map((i) => i.title)).toEqual([STORY.gb18030.title, STORY.utf8.title, STORY.big5.title, STORY.english.title]);
    expect(items.map((i) => i.language)).toEqual(["zh", "zh", "zh", "en"]);
    for (const item of items) expect(item.links.map((l) => [l.modelId, l.matchedText])).toEqual([[modelId, "happyhorse 1.0"]]);
    expect(items.every((i) => i.suggestedCategories.includes("PRICING"))).toBe(true);
  });

  it("puts the three Chinese reports and the English one in one cluster", async () => {
    const items = await storyItems();
    const clusterId = items[0]!.clusterId;
    expect(clusterId).not.toBeNull();
    expect(items.every((i) => i.clusterId === clusterId)).toBe(true);
    const cluster = await db.db.newsCluster.findUniqueOrThrow({ where: { id: clusterId! }, include: { items: true } });
    expect(cluster.items).toHaveLength(4);
    expect(new Set(cluster.items.map((i) => i.feedId)).size).toBe(4);
    expect(cluster.title).toBe(STORY.gb18030.title);
  });

  it("proposes the pricing claim from every report and signals it once for the story", async () => {
    const items = await storyItems();
    for (const item of items) {
      expect(readClaimProposals(item.proposals)).toContainEqual(expect.objectContaining({ kind: "create-claim", category: "PRICING", modelId }));
    }
    const signals = await db.db.signal.findMany({ where: { type: "CLAIM_PROPOSED", newsItemId: { in: items.map((i) => i.id) } } });
    const pricing = signals.filter((s) => (s.payload as { category?: string }).category === "PRICING");
    expect(pricing).toHaveLength(1);
    expect(pricing[0]!.newsItemId).toBe(items[0]!.id);
  });

  it("shows the story once in the review queue, filtered by language", async () => {
    const all = await listReviewQueue(db.db, { state: "NEW", limit: 50 });
    const story = all.items.filter((i) => i.cluster !== null);
    expect(story).toHaveLength(1);
    expect(story[0]!.cluster!.others).toHaveLength(3);
    const zh = await listReviewQueue(db.db, { state: "NEW", language: "zh", limit: 50 });
    expect(zh.items.map((i) => i.title)).toEqual([STORY.big5.title]);
    expect(zh.items[0]!.language).toBe("zh");
    const ja = await listReviewQueue(db.db, { state: "NEW", language: "ja", limit: 50 });
    expect(ja.items.map((i) => [i.title, i.language])).toEqual([
      ["ヒカが新モデルを発表", "ja"],
      ["ピカ 2.2、新しい動画効果を公開", "ja"],
    ]);
    expect(ja.counts.NEW).toBe(2);

    // The same filter on the API, and a clear 400 for something that is not a language subtag.
    useAsAppDatabase(db);
    const editor = await createTestUser(db, "EDITOR");
    const api = await callRoute(getQueue, { path: "/api/v1/review-queue?language=zh", headers: { authorization: editor.bearer } });
    expect(api.status).toBe(200);
    expect((api.json?.data as { title: string; language: string }[]).map((i) => [i.title, i.language])).toEqual([[STORY.big5.title, "zh"]]);
    const bad = await callRoute(getQueue, { path: "/api/v1/review-queue?language=Chinese", headers: { authorization: editor.bearer } });
    expect(bad.status).toBe(400);
    expect(bad.json?.errors).toEqual([expect.objectContaining({ name: "language" })]);
  });

  it("does not take a Japanese headline's ピ for the ヒ of another model's alias", async () => {
    const linked = async (start: string) =>
      (await db.db.newsItem.findFirstOrThrow({ where: { title: { startsWith: start } }, include: { links: { include: { model: true } } } })).links.map(
        (l) => l.model.slug,
      );
    expect(await linked("ピカ")).toEqual(["pika-2-2"]);
    expect(await linked("ヒカ")).toEqual(["hika"]);
  });
});

describe.each(testDatabaseKinds())("aliases stored before the normalisation changed, on %s", (kind) => {
  it("are re-normalised when the database is next opened", async () => {
    const db = await openTestDatabase(kind);
    let reopened: Awaited<ReturnType<typeof connectDatabase>> | null = null;
    try {
      const model = await db.db.model.create({ data: { slug: "pika-2-2", name: "Pika 2.2" } });
      // As the earlier normalisation stored them: voicing marks stripped, Hangul as loose jamo.
      await db.db.modelAlias.createMany({
        data: [
          { modelId: model.id, alias: "ピカ", normalized: "ヒカ" },
          { modelId: model.id, alias: "피카", normalized: "피카".normalize("NFKD") },
          { modelId: model.id, alias: "Pika", normalized: "pika" },
        ],
      });
      await db.close();
      reopened = await connectDatabase(db.env);
      const stored = await reopened.db.modelAlias.findMany({ orderBy: { alias: "asc" }, select: { alias: true, normalized: true } });
      expect(stored).toEqual([
        { alias: "Pika", normalized: "pika" },
        { alias: "ピカ", normalized: "ピカ" },
        { alias: "피카", normalized: "피카" },
      ]);
    } finally {
      await reopened?.close();
      await db.destroy();
    }
  }, 60_000);
});
