// Leaderboards and snapshot imports over the API on both databases: a file
// with bad rows is reported row by row and writes nothing; a good one writes
// every row with ranks with uncertainty.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postSnapshots } from "@/app/api/v1/leaderboards/[slug]/snapshots/route";
import { POST as postLeaderboard } from "@/app/api/v1/leaderboards/route";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";
import { callRoute, createTestUser, TEST_ORIGIN, useAsAppDatabase, type TestUser } from "../helpers/route-harness";

describe.each(testDatabaseKinds())("leaderboards and snapshot imports on %s", (kind) => {
  let db: TestDatabase;
  let editor: TestUser;
  let subscriber: TestUser;

  const importRows = (body: unknown, headers: Record<string, string> = { authorization: editor.bearer }) =>
    callRoute(postSnapshots, { method: "POST", path: "/api/v1/leaderboards/arena/snapshots", params: { slug: "arena" }, headers, body });

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    useAsAppDatabase(db);
    editor = await createTestUser(db, "EDITOR");
    subscriber = await createTestUser(db, "SUBSCRIBER");
    for (const [slug, name] of [["alpha", "Alpha"], ["beta", "Beta"], ["gamma", "Gamma"]] as const) {
      await db.db.model.create({ data: { slug, name, aliases: { create: [{ alias: `${name} Vídeo`, normalized: `${slug} video` }] } } });
    }
  });
  afterAll(() => db?.destroy());

  it("creates a leaderboard (201; slug from the name), refuses a taken slug (409), a subscriber (403) and no credentials (401)", async () => {
    const body = { name: "Arena", source: "Video Arena", pool: "text-to-video", modality: "TEXT_TO_VIDEO", minVotes: 500 };
    const call = (headers: Record<string, string>) => callRoute(postLeaderboard, { method: "POST", path: "/api/v1/leaderboards", headers, body });
    expect((await call({})).status).toBe(401);
    expect((await call({ authorization: subscriber.bearer })).status).toBe(403);
    const res = await call({ cookie: editor.cookie, origin: TEST_ORIGIN });
    expect(res.status).toBe(201);
    expect(res.json?.data).toMatchObject({ slug: "arena", minVotes: 500, method: "PUBLISHED", withAudio: false });
    expect((await call({ authorization: editor.bearer })).status).toBe(409);
  });

  it("reports every bad row of a CSV by row number and field, and writes nothing", async () => {
    const csv = [
      "model,capturedAt,rating,ciLow,ciHigh,votes",
      "alpha,2026-06-01,1250,1240,1260,3000", // good
      "nobody,2026-06-01,1200,1190,1210,2000", // unknown model
      "beta,2026-13-01,1200,1210,1190,-4", // bad date, interval around rating, negative votes
      "gamma,2026-06-01,abc,,,", // rating not a number
      "alpha,2026-06-01,1251,1241,1261,3000", // repeats row 1
    ].join("\n");
    const res = await importRows({ csv });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    const names = (res.json?.errors as { name: string; reason: string }[]).map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining(["rows[2].model", "rows[3].capturedAt", "rows[3].ciLow", "rows[3].ciHigh", "rows[3].votes", "rows[4].rating", "rows[5]"]),
    );
    expect(names).not.toContain("rows[1].model");
    expect(await db.db.eloSnapshot.count()).toBe(0);
    expect(await db.db.auditEvent.count({ where: { action: "leaderboard.import" } })).toBe(0);
  });

  it("names unknown JSON fields and an interval with one bound", async () => {
    const res = await importRows({ rows: [{ model: "alpha", capturedAt: "2026-06-01", rating: 1200, ciLow: 1190, colour: "red" }] });
    expect(res.status).toBe(400);
    expect((res.json?.errors as { name: string }[]).map((e) => e.name).sort()).toEqual(["rows[1].ciHigh", "rows[1].colour"]);
    expect(await db.db.eloSnapshot.count()).toBe(0);
  });

  it("imports good rows (slugs or aliases) all at once with ranks with uncertainty, and re-importing replaces", async () => {
    const rows = [
      { model: "alpha", capturedAt: "2026-06-01", rating: 1250, ciLow: 1240, ciHigh: 1260, votes: 3000 },
      { model: "Beta Video", capturedAt: "2026-06-01", rating: 1245, ciLow: 1235, ciHigh: 1255, votes: 2500 },
      { model: "gamma", capturedAt: "2026-06-01", rating: 1100, ciLow: 1090, ciHigh: 1110, votes: 2000 },
      { model: "gamma", capturedAt: "2026-06-08", rating: 1300, ciLow: 1200, ciHigh: 1400, votes: 100 },
    ];
    const res = await importRows({ rows });
    expect(res.status).toBe(201);
    expect(res.json?.data).toMatchObject({ leaderboard: "arena", created: 4, replaced: 0, models: ["alpha", "beta", "gamma"] });
    const snaps = await db.db.eloSnapshot.findMany({ include: { model: { select: { slug: true } } }, orderBy: [{ capturedAt: "asc" }, { rating: "desc" }] });
    // alpha and beta overlap: tied at 1; gamma is below both; gamma's second snapshot is provisional (votes < 500).
    expect(snaps.map((s) => [s.model.slug, s.rank])).toEqual([
      ["alpha", 1],
      ["beta", 1],
      ["gamma", 3],
      ["gamma", null],
    ]);
    expect(snaps.every((s) => s.method === "PUBLISHED")).toBe(true);

    const again = await importRows({ csv: "model,capturedAt,rating,ciLow,ciHigh,votes\ngamma,2026-06-01,1300,1290,1310,2000\n" });
    expect(again.status).toBe(201);
    expect(again.json?.data).toMatchObject({ created: 0, replaced: 1 });
    const ranked = await db.db.eloSnapshot.findMany({
      where: { capturedAt: new Date("2026-06-01T00:00:00Z") },
      include: { model: { select: { slug: true } } },
      orderBy: { rating: "desc" },
    });
    expect(ranked.map((s) => [s.model.slug, s.rank])).toEqual([
      ["gamma", 1],
      ["alpha", 2],
      ["beta", 2],
    ]);
    expect(await db.db.signal.count({ where: { type: "RANK_CHANGED" } })).toBe(0);
    expect(await db.db.auditEvent.count({ where: { action: "leaderboard.import" } })).toBe(2);
  });

  it("runs parallel imports to one board one after the other: the later one replaces, nothing fails", async () => {
    const rows = [{ model: "beta", capturedAt: "2026-07-01", rating: 1200, ciLow: 1190, ciHigh: 1210, votes: 3000 }];
    const results = await Promise.all([importRows({ rows }), importRows({ rows })]);
    expect(results.map((r) => r.status)).toEqual([201, 201]);
    expect(results.map((r) => (r.json?.data as { created: number }).created).sort()).toEqual([0, 1]);
    expect(await db.db.eloSnapshot.count({ where: { capturedAt: new Date("2026-07-01T00:00:00Z") } })).toBe(1);
  });

  it("signals a rank change against the previous snapshot, and answers 404 for an unknown board", async () => {
    const res = await importRows({
      rows: [
        { model: "alpha", capturedAt: "2026-06-15", rating: 1400, ciLow: 1390, ciHigh: 1410, votes: 4000 },
        { model: "gamma", capturedAt: "2026-06-15", rating: 1200, ciLow: 1190, ciHigh: 1210, votes: 3000 },
      ],
    });
    expect(res.status).toBe(201);
    const signals = await db.db.signal.findMany({ where: { type: "RANK_CHANGED" }, include: { model: { select: { slug: true } } } });
    expect(signals.map((s) => [s.model?.slug, s.payload])).toEqual(
      expect.arrayContaining([
        ["alpha", expect.objectContaining({ from: 2, to: 1 })],
        ["gamma", expect.objectContaining({ from: 1, to: 2 })],
      ]),
    );
    const missing = await callRoute(postSnapshots, {
      method: "POST",
      path: "/api/v1/leaderboards/none/snapshots",
      params: { slug: "none" },
      headers: { authorization: editor.bearer },
      body: { rows: [] },
    });
    expect(missing.status).toBe(404);
    expect((await importRows({ rows: [], csv: "x" })).status).toBe(400);
  });
});
