// Battle imports over the API on both databases: CSV (streamed) and JSON,
// names by slug or alias, unknown names refused or created as provisional
// models, bad rows named, and nothing written by a refused import.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postBattles } from "@/app/api/v1/leaderboards/[slug]/battles/route";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";
import { callRoute, createTestUser, useAsAppDatabase, type TestUser } from "../helpers/route-harness";

describe.each(testDatabaseKinds())("battle imports on %s", (kind) => {
  let db: TestDatabase;
  let editor: TestUser;
  let subscriber: TestUser;

  const upload = (body: string | object, opts: { query?: string; headers?: Record<string, string> } = {}) =>
    callRoute(postBattles, {
      method: "POST",
      path: `/api/v1/leaderboards/votes/battles${opts.query ?? ""}`,
      params: { slug: "votes" },
      headers: {
        authorization: editor.bearer,
        ...(typeof body === "string" ? { "content-type": "text/csv" } : {}),
        ...opts.headers,
      },
      body,
    });
  const errorNames = (res: { json?: Record<string, unknown> }) => (res.json?.errors as { name: string }[]).map((e) => e.name);
  const battleCount = () => db.db.battle.count();

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    useAsAppDatabase(db);
    editor = await createTestUser(db, "EDITOR");
    subscriber = await createTestUser(db, "SUBSCRIBER");
    await db.db.leaderboard.create({
      data: { slug: "votes", name: "Votes", source: "Test arena", pool: "text-to-video", modality: "TEXT_TO_VIDEO", method: "BRADLEY_TERRY" },
    });
    for (const [slug, name] of [["alpha", "Alpha"], ["beta", "Beta"], ["gamma", "Gamma"]] as const) {
      await db.db.model.create({ data: { slug, name, aliases: { create: [{ alias: `${name} Vídeo`, normalized: `${slug} video` }] } } });
    }
  });
  afterAll(() => db?.destroy());

  it("refuses a subscriber (403) and no credentials (401), and a body that is neither CSV nor JSON (400)", async () => {
    expect((await upload("model_a,model_b,winner\nalpha,beta,model_a\n", { headers: { authorization: "" } })).status).toBe(401);
    expect((await upload("model_a,model_b,winner\nalpha,beta,model_a\n", { headers: { authorization: subscriber.bearer } })).status).toBe(403);
    const res = await upload("x", { headers: { "content-type": "application/xml" } });
    expect(res.status).toBe(400);
    expect(errorNames(res)).toEqual(["Content-Type"]);
    expect(await battleCount()).toBe(0);
  });

  it("imports a CSV with slugs, aliases (case and accents ignored), ties and timestamps", async () => {
    const csv = [
      "model_a,model_b,winner,timestamp",
      "alpha,beta,model_a,1767225600",
      '"ALPHA VIDEO",gamma,model_b,2026-01-02T10:00:00Z',
      "beta,gamma,tie,",
      "gamma,alpha,tie (bothbad),2026-01-03",
    ].join("\r\n");
    const res = await upload(csv);
    expect(res.status).toBe(201);
    expect(res.json?.data).toMatchObject({ leaderboard: "votes", imported: 4, createdModels: [] });
    const rows = await db.db.battle.findMany({
      orderBy: { id: "asc" },
      select: { outcome: true, votedAt: true, importId: true, modelA: { select: { slug: true } }, modelB: { select: { slug: true } } },
    });
    expect(rows.map((r) => [r.modelA.slug, r.modelB.slug, r.outcome])).toEqual([
      ["alpha", "beta", "A"],
      ["alpha", "gamma", "B"],
      ["beta", "gamma", "TIE"],
      ["gamma", "alpha", "TIE_BOTHBAD"],
    ]);
    expect(rows.map((r) => r.votedAt?.toISOString() ?? null)).toEqual([
      "2026-01-01T00:00:00.000Z",
      "2026-01-02T10:00:00.000Z",
      null,
      "2026-01-03T00:00:00.000Z",
    ]);
    expect(new Set(rows.map((r) => r.importId))).toEqual(new Set([(res.json?.data as { importId: string }).importId]));
    expect(await db.db.auditEvent.count({ where: { action: "leaderboard.battles-import" } })).toBe(1);
    const job = await db.db.job.findUniqueOrThrow({ where: { id: (res.json?.data as { recomputeJob: string }).recomputeJob } });
    expect(job).toMatchObject({ type: "ratings.recompute", status: "QUEUED", payload: { leaderboardSlug: "votes" }, createdById: editor.id });
  });

  it("imports JSON battles", async () => {
    const res = await upload({ battles: [{ model_a: "beta", model_b: "alpha", winner: "model_b", timestamp: "2026-02-01T00:00:00Z" }] });
    expect(res.status).toBe(201);
    expect(res.json?.data).toMatchObject({ imported: 1 });
    expect(await battleCount()).toBe(5);
  });

  it("names every bad row and field, and writes nothing", async () => {
    const csv = [
      "model_a,model_b,winner,timestamp",
      "alpha,beta,model_a,", // good
      "alpha,beta,model_c,", // bad winner
      "alpha,alpha,tie,", // same model twice
      ",beta,model_b,", // missing model_a
      "alpha,beta,model_a,yesterday", // bad timestamp
      "alpha,beta", // too few fields
      '"alpha,beta,model_a,', // open quote
    ].join("\n");
    const res = await upload(csv);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(errorNames(res)).toEqual(["rows[2].winner", "rows[3].model_b", "rows[4].model_a", "rows[5].timestamp", "rows[6]", "rows[7]"]);
    expect(await battleCount()).toBe(5);
  });

  it("refuses a header without the required columns or with unknown ones", async () => {
    const res = await upload("model_a,loser,winner\nalpha,beta,model_a\n");
    expect(res.status).toBe(400);
    expect(res.json?.errors).toEqual([
      { name: "columns", reason: 'the header has no "model_b" column' },
      { name: "columns", reason: expect.stringContaining('unknown column "loser"') },
    ]);
  });

  it("refuses unknown names, naming the first row of each, unless createModels=true creates them as provisional models", async () => {
    const csv = ["model_a,model_b,winner", "alpha,beta,model_a", "alpha,HappyHorse 1.0,model_b", "Mystery-X,HappyHorse 1.0,tie", "mystery-x,beta,model_a"].join("\n");
    const refused = await upload(csv);
    expect(refused.status).toBe(400);
    expect(errorNames(refused)).toEqual(["rows[2].model_b", "rows[3].model_a", "rows[4].model_a"]);
    expect((refused.json?.errors as { reason: string }[])[0]?.reason).toMatch(/HappyHorse 1.0.*createModels=true/);
    expect(await battleCount()).toBe(5);
    expect(await db.db.model.count({ where: { provisional: true } })).toBe(0);
    expect(await db.db.job.count()).toBe(2); // the two imports so far; refusals queue nothing

    const res = await upload(csv, { query: "?createModels=true" });
    expect(res.status).toBe(201);
    // "Mystery-X" and "mystery-x" are one model (same slug).
    expect(res.json?.data).toMatchObject({ imported: 4, createdModels: ["happyhorse-1-0", "mystery-x"] });
    const created = await db.db.model.findMany({
      where: { provisional: true },
      orderBy: { slug: "asc" },
      select: { slug: true, name: true, modalities: true, aliases: { select: { alias: true } } },
    });
    expect(created).toEqual([
      { slug: "happyhorse-1-0", name: "HappyHorse 1.0", modalities: ["TEXT_TO_VIDEO"], aliases: [{ alias: "HappyHorse 1.0" }] },
      { slug: "mystery-x", name: "Mystery-X", modalities: ["TEXT_TO_VIDEO"], aliases: expect.arrayContaining([{ alias: "Mystery-X" }]) },
    ]);
    // The next import finds them by their written names without createModels.
    expect((await upload("model_a,model_b,winner\nHappyHorse 1.0,Mystery-X,model_a\n")).status).toBe(201);
    expect(await battleCount()).toBe(10);
  });

  it("caps the listed problems of a broken file and counts the rest", async () => {
    const lines = ["model_a,model_b,winner", ...Array.from({ length: 250 }, () => "alpha,beta,nobody")];
    const res = await upload(lines.join("\n"));
    expect(res.status).toBe(400);
    const errors = res.json?.errors as { name: string; reason: string }[];
    expect(errors).toHaveLength(101);
    expect(errors[100]).toEqual({ name: "rows", reason: "150 more problem(s) not listed" });
  });

  it("answers 404 for an unknown leaderboard", async () => {
    const res = await callRoute(postBattles, {
      method: "POST",
      path: "/api/v1/leaderboards/nope/battles",
      params: { slug: "nope" },
      headers: { authorization: editor.bearer, "content-type": "text/csv" },
      body: "model_a,model_b,winner\nalpha,beta,model_a\n",
    });
    expect(res.status).toBe(404);
  });
});
