// The news review queue through its API, on both databases: order and counts,
// relevant (confirm / adjust links, signals), dismiss, assign, bulk dismiss,
// stale versions, and who may call it.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getQueue } from "@/app/api/v1/review-queue/route";
import { POST as bulkDismiss } from "@/app/api/v1/review-queue/dismiss/route";
import { POST as review } from "@/app/api/v1/news/[id]/review/route";
import type { ReviewStatus } from "@/lib/db/enums";
import { listReviewedNews } from "@/lib/models/list-reviewed-news";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";
import { callRoute, createTestUser, TEST_ORIGIN, useAsAppDatabase, type TestUser } from "../helpers/route-harness";

interface ItemJson {
  id: string;
  title: string;
  version: number;
  reviewStatus: ReviewStatus;
  excerpt: string;
  source: string | null;
  dismissReason: string | null;
  assignee: { id: string } | null;
  suggestedCategories: string[];
  models: { slug: string; state: string }[];
}

describe.each(testDatabaseKinds())("news review queue on %s", (kind) => {
  let db: TestDatabase;
  let editor: TestUser;
  let other: TestUser;
  let subscriber: TestUser;
  const slug = (name: string) => `${name}-${kind}`;

  async function model(name: string): Promise<string> {
    const m = await db.db.model.create({ data: { slug: slug(name), name } });
    return m.id;
  }

  async function news(opts: {
    title: string;
    publishedAt?: string;
    status?: ReviewStatus;
    suggest?: string[];
    assigneeId?: string;
  }): Promise<string> {
    const id = randomUUID();
    await db.db.newsItem.create({
      data: {
        id,
        guidHash: id,
        url: `https://news.example/${id}?utm_source=rss`,
        canonicalUrl: `https://news.example/${id}`,
        title: opts.title,
        sourceName: "Example Wire",
        summary: "<p>Kling &amp; friends <b>ship</b> an API.</p>",
        publishedAt: new Date(opts.publishedAt ?? "2026-11-01T10:00:00Z"),
        reviewStatus: opts.status ?? "NEW",
        suggestedCategories: ["API", "PRICING"],
        assigneeId: opts.assigneeId ?? null,
        links: {
          create: (opts.suggest ?? []).map((name) => ({
            model: { connect: { slug: slug(name) } },
            state: "SUGGESTED" as const,
            matchedText: name,
          })),
        },
      },
    });
    return id;
  }

  const asEditor = (user: TestUser = editor) => ({ authorization: user.bearer });
  const act = (id: string, body: unknown, headers = asEditor()) =>
    callRoute(review, { method: "POST", path: `/api/v1/news/${id}/review`, params: { id }, headers, body });
  const item = (res: { json?: Record<string, unknown> }) => res.json?.data as ItemJson;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    useAsAppDatabase(db);
    editor = await createTestUser(db, "EDITOR");
    other = await createTestUser(db, "ADMIN");
    subscriber = await createTestUser(db, "SUBSCRIBER");
    for (const name of ["alpha", "beta", "gamma"]) await model(name);
  });
  afterAll(() => db?.destroy());

  it("answers 401 without credentials and 403 to a subscriber", async () => {
    const id = await news({ title: "Guarded" });
    expect((await callRoute(getQueue, { path: "/api/v1/review-queue" })).status).toBe(401);
    const sub = await callRoute(getQueue, { path: "/api/v1/review-queue", headers: asEditor(subscriber) });
    expect(sub.status).toBe(403);
    expect(String(sub.json?.detail)).toContain("news.review");
    const write = await act(id, { action: "dismiss", version: 1, reason: "x" }, asEditor(subscriber));
    expect(write.status).toBe(403);
    expect((await db.db.newsItem.findUniqueOrThrow({ where: { id } })).reviewStatus).toBe("NEW");
  });

  it("lists NEW items newest first with source, excerpt, suggestions and counts per state, paged", async () => {
    const mine = await createTestUser(db, "EDITOR");
    const old = await news({ title: "Old", publishedAt: "2026-10-01T00:00:00Z", suggest: ["alpha"], assigneeId: mine.id });
    const newest = await news({ title: "Newest", publishedAt: "2026-11-20T00:00:00Z", assigneeId: mine.id });
    const middle = await news({ title: "Middle", publishedAt: "2026-11-10T00:00:00Z", assigneeId: mine.id });
    await news({ title: "Done", status: "RELEVANT", assigneeId: mine.id });
    await news({ title: "Gone", status: "DISMISSED", assigneeId: mine.id });

    const first = await callRoute(getQueue, { path: "/api/v1/review-queue?assignee=me&limit=2", headers: asEditor(mine) });
    expect(first.status).toBe(200);
    expect(first.json?.counts).toEqual({ NEW: 3, RELEVANT: 1, DISMISSED: 1 });
    expect((first.json?.data as ItemJson[]).map((i) => i.id)).toEqual([newest, middle]);
    const cursor = String(first.json?.next);
    const second = await callRoute(getQueue, {
      path: `/api/v1/review-queue?assignee=me&limit=2&cursor=${cursor}`,
      headers: asEditor(mine),
    });
    const rest = second.json?.data as ItemJson[];
    expect(rest.map((i) => i.id)).toEqual([old]);
    expect(second.json?.next).toBeNull();
    expect(rest[0]).toMatchObject({
      source: "Example Wire",
      excerpt: "Kling & friends ship an API.",
      suggestedCategories: ["API", "PRICING"],
      models: [{ slug: slug("alpha"), state: "SUGGESTED" }],
      version: 1,
    });

    const dismissed = await callRoute(getQueue, {
      path: `/api/v1/review-queue?state=DISMISSED&assignee=${mine.id}`,
      headers: asEditor(),
    });
    expect((dismissed.json?.data as ItemJson[]).map((i) => i.title)).toEqual(["Gone"]);
    const bad = await callRoute(getQueue, { path: "/api/v1/review-queue?state=LATER", headers: asEditor() });
    expect(bad.status).toBe(400);
    expect(bad.json?.errors).toEqual([expect.objectContaining({ name: "state" })]);
  });

  it("marks relevant by confirming the suggestions, signals each model, and publishes the item", async () => {
    const id = await news({ title: "Both suggested", suggest: ["alpha", "beta"] });
    const res = await act(id, { action: "relevant", version: 1 });
    expect(res.status).toBe(200);
    expect(item(res)).toMatchObject({ reviewStatus: "RELEVANT", version: 2 });
    expect(item(res).models.map((m) => m.state)).toEqual(["CONFIRMED", "CONFIRMED"]);
    const row = await db.db.newsItem.findUniqueOrThrow({ where: { id } });
    expect(row.reviewedById).toBe(editor.id);
    const signals = await db.db.signal.findMany({ where: { newsItemId: id }, include: { model: true } });
    expect(signals.map((s) => [s.type, s.model?.slug]).sort()).toEqual([
      ["NEWS_REVIEWED", slug("alpha")],
      ["NEWS_REVIEWED", slug("beta")],
    ]);
    const alpha = await db.db.model.findUniqueOrThrow({ where: { slug: slug("alpha") } });
    const published = await listReviewedNews({ modelId: alpha.id, take: 50 }, db.db);
    expect(published.map((n) => n.id)).toContain(id);
  });

  it("adjusts the links: exactly the chosen models are confirmed, the rest rejected, signals only for new ones", async () => {
    const id = await news({ title: "Adjusted", suggest: ["alpha", "beta"] });
    const res = await act(id, { action: "relevant", version: 1, modelSlugs: [slug("beta"), slug("gamma")] });
    expect(res.status).toBe(200);
    const states = Object.fromEntries(item(res).models.map((m) => [m.slug, m.state]));
    expect(states).toEqual({ [slug("alpha")]: "REJECTED", [slug("beta")]: "CONFIRMED", [slug("gamma")]: "CONFIRMED" });
    const signalled = await db.db.signal.findMany({ where: { newsItemId: id }, include: { model: true } });
    expect(signalled.map((s) => s.model?.slug).sort()).toEqual([slug("beta"), slug("gamma")]);

    // Re-reviewing a relevant item signals only models that were not confirmed before.
    const again = await act(id, { action: "relevant", version: 2, modelSlugs: [slug("alpha"), slug("beta")] });
    expect(again.status).toBe(200);
    const after = await db.db.signal.findMany({ where: { newsItemId: id }, include: { model: true } });
    expect(after.map((s) => s.model?.slug).sort()).toEqual([slug("alpha"), slug("beta"), slug("gamma")]);
  });

  it("refuses an unknown model with 422 and changes nothing", async () => {
    const id = await news({ title: "Typo", suggest: ["alpha"] });
    const res = await act(id, { action: "relevant", version: 1, modelSlugs: ["no-such-model"] });
    expect(res.status).toBe(422);
    expect(res.json?.rule).toBe("linked-model-exists");
    expect(String(res.json?.detail)).toContain("no-such-model");
    const row = await db.db.newsItem.findUniqueOrThrow({ where: { id }, include: { links: true } });
    expect(row).toMatchObject({ reviewStatus: "NEW", version: 1 });
    expect(row.links.map((l) => l.state)).toEqual(["SUGGESTED"]);
  });

  it("needs a reason to dismiss (400 naming `reason`), then records it", async () => {
    const id = await news({ title: "Noise", suggest: ["alpha"] });
    const missing = await act(id, { action: "dismiss", version: 1 });
    expect(missing.status).toBe(400);
    expect(missing.json?.errors).toEqual([expect.objectContaining({ name: "reason" })]);
    const blank = await act(id, { action: "dismiss", version: 1, reason: "   " });
    expect(blank.status).toBe(400);
    expect(blank.json?.errors).toEqual([expect.objectContaining({ name: "reason" })]);
    const unknownAction = await act(id, { action: "archive", version: 1 });
    expect(unknownAction.status).toBe(400);
    expect(unknownAction.json?.errors).toEqual([expect.objectContaining({ name: "action" })]);

    const res = await act(id, { action: "dismiss", version: 1, reason: "Rumour roundup, nothing new" });
    expect(res.status).toBe(200);
    expect(item(res)).toMatchObject({ reviewStatus: "DISMISSED", dismissReason: "Rumour roundup, nothing new", version: 2 });
    expect(await db.db.signal.count({ where: { newsItemId: id } })).toBe(0);
  });

  it("answers 404 for an unknown item", async () => {
    const res = await act("no-such-item", { action: "dismiss", version: 1, reason: "x" });
    expect(res.status).toBe(404);
  });

  it("refuses a stale version with 409 and the item as it is now; nothing is overwritten", async () => {
    const id = await news({ title: "Contested", suggest: ["alpha"] });
    const first = await act(id, { action: "dismiss", version: 1, reason: "Duplicate" }, asEditor(other));
    expect(first.status).toBe(200);
    const stale = await act(id, { action: "relevant", version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.json?.current).toMatchObject({ id, reviewStatus: "DISMISSED", version: 2, dismissReason: "Duplicate" });
    expect(String(stale.json?.detail)).toContain("version 1");
    const row = await db.db.newsItem.findUniqueOrThrow({ where: { id }, include: { links: true } });
    expect(row.reviewedById).toBe(other.id);
    expect(row.links.map((l) => l.state)).toEqual(["SUGGESTED"]);
    expect(await db.db.signal.count({ where: { newsItemId: id } })).toBe(0);
  });

  it("lets exactly one of several parallel reviews from the same version win", async () => {
    const id = await news({ title: "Race", suggest: ["alpha"] });
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        i % 2 ? act(id, { action: "relevant", version: 1 }) : act(id, { action: "dismiss", version: 1, reason: `r${i}` }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    const row = await db.db.newsItem.findUniqueOrThrow({ where: { id } });
    expect(row.version).toBe(2);
    const winner = results.find((r) => r.status === 200);
    expect(row.reviewStatus).toBe(item(winner!).reviewStatus);
  });

  it("assigns to an editor, refuses a subscriber (422), and unassigns", async () => {
    const id = await news({ title: "To assign" });
    const refused = await act(id, { action: "assign", version: 1, assigneeId: subscriber.id });
    expect(refused.status).toBe(422);
    expect(refused.json?.rule).toBe("assignee-is-editor");
    const nobody = await act(id, { action: "assign", version: 1, assigneeId: "no-such-user" });
    expect(nobody.status).toBe(422);

    const assigned = await act(id, { action: "assign", version: 1, assigneeId: other.id });
    expect(assigned.status).toBe(200);
    expect(item(assigned)).toMatchObject({ assignee: { id: other.id }, reviewStatus: "NEW", version: 2 });
    const cleared = await act(id, { action: "assign", version: 2, assigneeId: null });
    expect(item(cleared)).toMatchObject({ assignee: null, version: 3 });
  });

  it("bulk-dismisses all or nothing, naming the items that are no longer NEW", async () => {
    const a = await news({ title: "Bulk A" });
    const b = await news({ title: "Bulk B" });
    const done = await news({ title: "Bulk reviewed", status: "RELEVANT" });
    const call = (body: unknown, headers: Record<string, string> = asEditor()) =>
      callRoute(bulkDismiss, { method: "POST", path: "/api/v1/review-queue/dismiss", headers, body });

    const conflict = await call({ ids: [a, b, done], reason: "Off topic" });
    expect(conflict.status).toBe(409);
    expect(conflict.json?.notNew).toEqual([{ id: done, reviewStatus: "RELEVANT" }]);
    const untouched = await db.db.newsItem.findMany({ where: { id: { in: [a, b] } } });
    expect(untouched.map((r) => [r.reviewStatus, r.version])).toEqual([
      ["NEW", 1],
      ["NEW", 1],
    ]);

    const unknown = await call({ ids: [a, "no-such-item"], reason: "Off topic" });
    expect(unknown.status).toBe(404);
    expect(String(unknown.json?.detail)).toContain("no-such-item");
    expect((await call({ ids: [a], reason: "" })).status).toBe(400);
    expect((await call({ ids: [a, a], reason: "Off topic" })).status).toBe(400);

    const viaCookie = await call({ ids: [a, b], reason: "Off topic" }, { cookie: editor.cookie, origin: TEST_ORIGIN });
    expect(viaCookie.status).toBe(200);
    expect((viaCookie.json?.data as { dismissed: string[] }).dismissed).toEqual([a, b]);
    const rows = await db.db.newsItem.findMany({ where: { id: { in: [a, b] } } });
    for (const r of rows) expect(r).toMatchObject({ reviewStatus: "DISMISSED", dismissReason: "Off topic", version: 2, reviewedById: editor.id });
  });
});
