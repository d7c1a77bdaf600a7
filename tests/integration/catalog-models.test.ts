// Model writes over the API on both databases: create/edit with 409s,
// aliases, lifecycle, and merge (everything moves, old slugs keep resolving).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PATCH as patchModel, GET as getModel } from "@/app/api/v1/models/[slug]/route";
import { POST as postAlias } from "@/app/api/v1/models/[slug]/aliases/route";
import { DELETE as deleteAlias } from "@/app/api/v1/models/[slug]/aliases/[aliasId]/route";
import { POST as postLifecycle } from "@/app/api/v1/models/[slug]/lifecycle/route";
import { POST as postMerge } from "@/app/api/v1/models/[slug]/merge/route";
import { POST as postModel } from "@/app/api/v1/models/route";
import { findSlugRedirect } from "@/lib/models/find-slug-redirect";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";
import { callRoute, createTestUser, TEST_ORIGIN, useAsAppDatabase, type TestUser } from "../helpers/route-harness";

describe.each(testDatabaseKinds())("catalog model writes on %s", (kind) => {
  let db: TestDatabase;
  let editor: TestUser;
  let subscriber: TestUser;

  const create = (body: unknown, headers: Record<string, string> = { authorization: editor.bearer }) =>
    callRoute(postModel, { method: "POST", path: "/api/v1/models", headers, body });
  const merge = (slug: string, body: unknown) =>
    callRoute(postMerge, { method: "POST", path: `/api/v1/models/${slug}/merge`, params: { slug }, headers: { authorization: editor.bearer }, body });

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    useAsAppDatabase(db);
    editor = await createTestUser(db, "EDITOR");
    subscriber = await createTestUser(db, "SUBSCRIBER");
  });
  afterAll(() => db?.destroy());

  it("refuses anonymous callers with 401 and subscribers with 403", async () => {
    expect((await create({ name: "Nope" }, {})).status).toBe(401);
    const res = await create({ name: "Nope" }, { authorization: subscriber.bearer });
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(await db.db.model.count({ where: { name: "Nope" } })).toBe(0);
  });

  it("creates a model with a slug from its name, its organization and aliases; a second one with that slug is 409", async () => {
    const res = await create({ name: "Klíng 2.5 Turbo", organization: "Kuaishou", modalities: ["TEXT_TO_VIDEO"], aliases: ["Kling Turbo"] });
    expect(res.status).toBe(201);
    expect(res.json?.data).toMatchObject({ slug: "kling-2-5-turbo", name: "Klíng 2.5 Turbo", organization: { slug: "kuaishou", name: "Kuaishou" }, version: 1 });
    const alias = await db.db.modelAlias.findFirstOrThrow({ where: { alias: "Kling Turbo" } });
    expect(alias.normalized).toBe("kling turbo");
    const audit = await db.db.auditEvent.findFirst({ where: { action: "model.create", actorId: editor.id } });
    expect(audit).not.toBeNull();

    const dup = await create({ name: "Another", slug: "kling-2-5-turbo" });
    expect(dup.status).toBe(409);
    expect(String(dup.json?.detail)).toContain("kling-2-5-turbo");
    const bad = await create({ name: "x", slug: "Not A Slug", extra: 1 });
    expect(bad.status).toBe(400);
    expect((bad.json?.errors as { name: string }[]).map((e) => e.name).sort()).toEqual(["extra", "slug"]);
  });

  it("edits with If-Match: 428 without it, 200 with the version, 409 with a stale one and nothing overwritten", async () => {
    await create({ name: "Edit Me" });
    const call = (body: unknown, ifMatch?: string) =>
      callRoute(patchModel, {
        method: "PATCH",
        path: "/api/v1/models/edit-me",
        params: { slug: "edit-me" },
        headers: { authorization: editor.bearer, ...(ifMatch ? { "if-match": ifMatch } : {}) },
        body,
      });
    expect((await call({ unit: "Lab" })).status).toBe(428);
    const first = await call({ unit: "Lab", description: "First" }, '"1"');
    expect(first.status).toBe(200);
    expect(first.json?.data).toMatchObject({ unit: "Lab", description: "First", version: 2 });
    const stale = await call({ description: "Stale" }, '"1"');
    expect(stale.status).toBe(409);
    expect(stale.json?.current).toMatchObject({ description: "First", version: 2 });
    const row = await db.db.model.findUniqueOrThrow({ where: { slug: "edit-me" } });
    expect(row.description).toBe("First");

    const owned = await call({ organization: "Alibaba" }, '"2"');
    expect(owned.status).toBe(200);
    const signal = await db.db.signal.findFirst({ where: { type: "OWNERSHIP_CONFIRMED", modelId: row.id } });
    expect(signal?.title).toContain("Alibaba");
  });

  it("adds aliases (case and accents ignored: a duplicate is 409) and removes them", async () => {
    await create({ name: "Alias Host" });
    const add = (alias: string) =>
      callRoute(postAlias, {
        method: "POST",
        path: "/api/v1/models/alias-host/aliases",
        params: { slug: "alias-host" },
        headers: { cookie: editor.cookie, origin: TEST_ORIGIN },
        body: { alias },
      });
    const added = await add("Séance Pro");
    expect(added.status).toBe(201);
    expect((await add("seance  PRO")).status).toBe(409);
    const aliasId = ((added.json?.data as { aliases: unknown }).aliases as { id: string; alias: string }[])[0]!.id;
    const removed = await callRoute(deleteAlias, {
      method: "DELETE",
      path: `/api/v1/models/alias-host/aliases/${aliasId}`,
      params: { slug: "alias-host", aliasId },
      headers: { authorization: editor.bearer },
    });
    expect(removed.status).toBe(200);
    expect(removed.json?.data).toMatchObject({ aliases: [] });
  });

  it("records a lifecycle step with its evidence and a LIFECYCLE_CHANGED signal; the same stage again is 422", async () => {
    await create({ name: "Life", lifecycleStage: "ARENA_ONLY" });
    const step = (toStage: string) =>
      callRoute(postLifecycle, {
        method: "POST",
        path: "/api/v1/models/life/lifecycle",
        params: { slug: "life" },
        headers: { authorization: editor.bearer },
        body: { toStage, occurredAt: "2026-04-02", note: "Announced by its lab.", sourceUrl: "https://example.com/post" },
      });
    const res = await step("ANNOUNCED");
    expect(res.status).toBe(201);
    expect(res.json?.data).toMatchObject({ lifecycleStage: "ANNOUNCED" });
    const model = await db.db.model.findUniqueOrThrow({ where: { slug: "life" }, include: { lifecycle: true, signals: true } });
    expect(model.lifecycle).toMatchObject([{ fromStage: "ARENA_ONLY", toStage: "ANNOUNCED", sourceUrl: "https://example.com/post" }]);
    expect(model.signals.map((s) => s.type)).toContain("LIFECYCLE_CHANGED");
    const again = await step("ANNOUNCED");
    expect(again.status).toBe(422);
    expect(again.json?.rule).toBe("lifecycle.must-change");
  });

  it("merges an arena entry into the real model: claims, snapshots, news, aliases, watchers move; old slugs redirect through a chain", async () => {
    await create({ name: "Happy Horse Arena", slug: "anon-arena", aliases: ["HH anon"], lifecycleStage: "ARENA_ONLY" });
    await create({ name: "HappyHorse 1.0", slug: "happyhorse", organization: "Alibaba" });
    const source = await db.db.model.findUniqueOrThrow({ where: { slug: "anon-arena" } });
    const target = await db.db.model.findUniqueOrThrow({ where: { slug: "happyhorse" } });
    const claim = await db.db.claim.create({ data: { modelId: source.id, category: "AUDIO", statement: "Has audio." } });
    const board = await db.db.leaderboard.create({ data: { slug: "t2v-merge", name: "T2V", source: "Arena", pool: "t2v", modality: "TEXT_TO_VIDEO" } });
    const t1 = new Date("2026-05-01T00:00:00Z");
    const t2 = new Date("2026-05-08T00:00:00Z");
    await db.db.eloSnapshot.create({ data: { leaderboardId: board.id, modelId: source.id, capturedAt: t1, rating: 1300, method: "PUBLISHED" } });
    const news = await db.db.newsItem.create({
      data: { guidHash: "g1", url: "https://n.example/1", canonicalUrl: "https://n.example/1", title: "Mystery model", publishedAt: t1 },
    });
    await db.db.newsModelLink.create({ data: { newsItemId: news.id, modelId: source.id, state: "CONFIRMED" } });
    await db.db.newsModelLink.create({ data: { newsItemId: news.id, modelId: target.id, state: "SUGGESTED" } });
    await db.db.watchlistEntry.create({ data: { userId: subscriber.id, modelId: source.id } });
    await db.db.slugRedirect.create({ data: { fromSlug: "older-anon", modelId: source.id } });

    // A collision on the same board, time and method is refused and nothing moves.
    const clash = await db.db.eloSnapshot.create({ data: { leaderboardId: board.id, modelId: target.id, capturedAt: t1, rating: 1310, method: "PUBLISHED" } });
    const refused = await merge("anon-arena", { into: "happyhorse", note: "Alibaba confirmed it." });
    expect(refused.status).toBe(409);
    expect(refused.json?.collisions).toEqual([{ leaderboard: "t2v-merge", capturedAt: t1.toISOString(), method: "PUBLISHED" }]);
    expect(await db.db.claim.count({ where: { modelId: source.id } })).toBe(1);
    await db.db.eloSnapshot.update({ where: { id: clash.id }, data: { capturedAt: t2 } });

    const res = await merge("anon-arena", { into: "happyhorse", note: "Alibaba confirmed it." });
    expect(res.status).toBe(200);
    expect((res.json?.data as { moved: unknown }).moved).toMatchObject({ claims: 1, snapshots: 1, newsLinks: 1, aliases: 2, watchers: 1, redirects: 1 });

    expect(await db.db.model.findUnique({ where: { slug: "anon-arena" } })).toBeNull();
    const moved = await db.db.claim.findUniqueOrThrow({ where: { id: claim.id }, include: { events: true } });
    expect(moved).toMatchObject({ modelId: target.id, version: 2 });
    expect(moved.events).toMatchObject([{ type: "MOVED", claimVersion: 2, note: "Alibaba confirmed it." }]);
    const snaps = await db.db.eloSnapshot.findMany({ where: { leaderboardId: board.id }, orderBy: { capturedAt: "asc" } });
    expect(snaps.map((s) => [s.modelId, s.displayLabel])).toEqual([
      [target.id, "Happy Horse Arena"],
      [target.id, null],
    ]);
    const links = await db.db.newsModelLink.findMany({ where: { newsItemId: news.id } });
    expect(links).toMatchObject([{ modelId: target.id, state: "CONFIRMED" }]);
    const aliases = await db.db.modelAlias.findMany({ where: { modelId: target.id } });
    expect(aliases.map((a) => a.alias).sort()).toEqual(["HH anon", "Happy Horse Arena"]);
    expect(await db.db.watchlistEntry.count({ where: { modelId: target.id, userId: subscriber.id } })).toBe(1);
    const signals = await db.db.signal.findMany({ where: { modelId: target.id }, select: { type: true } });
    expect(signals.map((s) => s.type)).toEqual(expect.arrayContaining(["MODEL_MERGED", "OWNERSHIP_CONFIRMED"]));
    expect(await db.db.auditEvent.count({ where: { action: "model.merge", entityId: target.id } })).toBe(1);

    expect(await findSlugRedirect("anon-arena", db.db)).toBe("happyhorse");
    expect(await findSlugRedirect("older-anon", db.db)).toBe("happyhorse");
    const api = await callRoute(getModel, { path: "/api/v1/models/anon-arena", params: { slug: "anon-arena" } });
    expect(api.status).toBe(308);
    expect(api.headers.get("location")).toBe("/api/v1/models/happyhorse");
    // Writes to the old slug are sent on too.
    const oldWrite = await merge("anon-arena", { into: "happyhorse", note: "again" });
    expect(oldWrite.status).toBe(308);
    expect(oldWrite.headers.get("location")).toBe("/api/v1/models/happyhorse/merge");

    // A second merge (happyhorse → a renamed entry) keeps every old slug pointing at the final model.
    await create({ name: "HappyHorse", slug: "happyhorse-final" });
    const chained = await merge("happyhorse", { into: "happyhorse-final", note: "Renamed." });
    expect(chained.status).toBe(200);
    for (const old of ["anon-arena", "older-anon", "happyhorse"]) expect(await findSlugRedirect(old, db.db)).toBe("happyhorse-final");
    expect(await db.db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ version: 3 });
  });

  it("refuses merging a model into itself (422) or into a missing one (404)", async () => {
    await create({ name: "Lonely" });
    expect((await merge("lonely", { into: "lonely", note: "x" })).json?.rule).toBe("merge.distinct-models");
    expect((await merge("lonely", { into: "nobody-here", note: "x" })).status).toBe(404);
  });
});
