// Recompute on both databases: votes imported through the API become
// BRADLEY_TERRY snapshots (current ratings with bootstrap intervals and a
// weekly cumulative history) that the standings API returns, with signals
// when a rank with uncertainty moves.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postBattles } from "@/app/api/v1/leaderboards/[slug]/battles/route";
import { POST as postRecompute } from "@/app/api/v1/leaderboards/[slug]/ratings/recompute/route";
import { GET as getStandings } from "@/app/api/v1/leaderboards/[slug]/standings/route";
import { computeRatings } from "@/lib/elo/compute-ratings";
import { groupBattles } from "@/lib/elo/group-battles";
import { seededRandom } from "@/lib/elo/seeded-random";
import { runNextJob } from "@/lib/jobs/run-next-job";
import { recomputeRatings } from "@/lib/ratings/recompute-ratings";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";
import { callRoute, createTestUser, useAsAppDatabase, type TestUser } from "../helpers/route-harness";

const TRUE: Record<string, number> = { alpha: 1200, beta: 1100, gamma: 1000, delta: 850 };
const START = Date.UTC(2026, 0, 5); // a Monday

/** Battles over three weeks, won with the Bradley–Terry probability of the true ratings. */
function votes(n: number, seed: number, t0 = START) {
  const rand = seededRandom(seed);
  const names = Object.keys(TRUE);
  return Array.from({ length: n }, (_, k) => {
    const a = names[Math.floor(rand() * 4)] as string;
    const b = names[(names.indexOf(a) + 1 + Math.floor(rand() * 3)) % 4] as string;
    const p = 1 / (1 + 10 ** (((TRUE[b] as number) - (TRUE[a] as number)) / 400));
    const u = rand();
    const winner = u < 0.05 ? "tie" : rand() < p ? "model_a" : "model_b";
    return { a, b, winner, t: Math.floor((t0 + (k / n) * 21 * 86_400_000) / 1000) };
  });
}

describe.each(testDatabaseKinds())("ratings recompute on %s", (kind) => {
  let db: TestDatabase;
  let editor: TestUser;
  const first = votes(3000, 1);

  const upload = (rows: ReturnType<typeof votes>) =>
    callRoute(postBattles, {
      method: "POST",
      path: "/api/v1/leaderboards/votes/battles",
      params: { slug: "votes" },
      headers: { authorization: editor.bearer, "content-type": "text/csv" },
      body: ["model_a,model_b,winner,timestamp", ...rows.map((r) => `${r.a},${r.b},${r.winner},${r.t}`)].join("\n"),
    });
  const standings = async () => {
    const res = await callRoute(getStandings, { path: "/api/v1/leaderboards/votes/standings", params: { slug: "votes" } });
    expect(res.status).toBe(200);
    return res.json as { capturedAt: string; data: { model: string; rating: number; ciLow: number; ciHigh: number; votes: number; rank: number; provisional: boolean }[] };
  };

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    useAsAppDatabase(db);
    editor = await createTestUser(db, "EDITOR");
    await db.db.leaderboard.create({
      data: { slug: "votes", name: "Votes", source: "Test arena", pool: "t2v", modality: "TEXT_TO_VIDEO", method: "BRADLEY_TERRY", minVotes: 100 },
    });
    for (const slug of Object.keys(TRUE)) await db.db.model.create({ data: { slug, name: slug } });
  });
  afterAll(() => db?.destroy());

  it("refuses a board without battles (422) and an unknown board (404)", async () => {
    await expect(recomputeRatings(db.db, "votes")).rejects.toMatchObject({ rule: "ratings.no-battles" });
    await expect(recomputeRatings(db.db, "nope")).rejects.toThrow(/No leaderboard/);
  });

  it("stores the ratings the pure computation gives, and the standings API returns them", async () => {
    expect((await upload(first)).status).toBe(201);
    const seen: number[] = [];
    const result = await recomputeRatings(db.db, "votes", { rounds: 40, seed: 9, onProgress: (f) => void seen.push(f) });
    expect(result).toMatchObject({ leaderboard: "votes", battles: 3000, models: 4, rounds: 40, anchor: "mean=1000", historyPoints: 2 });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((x, y) => x - y)).toEqual(seen);

    const expected = await computeRatings(
      groupBattles(first.map((r) => ({ modelA: r.a, modelB: r.b, outcome: r.winner === "tie" ? "TIE" : r.winner === "model_a" ? "A" : "B" }))),
      { rounds: 40, seed: 9 },
    );
    const body = await standings();
    expect(body.capturedAt).toBe(new Date(first.at(-1)!.t * 1000).toISOString());
    expect(body.data.map((r) => r.model)).toEqual(["alpha", "beta", "gamma", "delta"]);
    for (const row of body.data) {
      const e = expected.find((x) => x.model === row.model)!;
      // Bootstrap draws follow the grouped rows' order, which is by model key (ids here, slugs there): same point estimates, similar intervals.
      expect(row.rating).toBeCloseTo(e.rating, 1);
      expect(Math.abs(row.ciHigh - row.ciLow - (e.ciHigh - e.ciLow))).toBeLessThan(12);
      expect(row.votes).toBe(e.votes);
      expect(row.provisional).toBe(false);
    }
    expect(body.data.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
    // Mean 1000 without an anchor.
    expect(body.data.reduce((s, r) => s + r.rating, 0) / 4).toBeCloseTo(1000, 1);
  });

  it("stores a weekly cumulative series for the history chart, each point counting the votes before it", async () => {
    const snaps = await db.db.eloSnapshot.findMany({
      where: { method: "BRADLEY_TERRY" },
      orderBy: [{ capturedAt: "asc" }],
      select: { capturedAt: true, votes: true, anchor: true, pool: true, ciLow: true, ciHigh: true, rating: true },
    });
    const times = [...new Set(snaps.map((s) => s.capturedAt.toISOString()))];
    expect(times.slice(0, 2)).toEqual(["2026-01-12T00:00:00.000Z", "2026-01-19T00:00:00.000Z"]);
    const votesAt = (t: string) => snaps.filter((s) => s.capturedAt.toISOString() === t).reduce((n, s) => n + (s.votes ?? 0), 0) / 2;
    const before = (t: string) => first.filter((r) => r.t * 1000 < Date.parse(t)).length;
    expect(votesAt(times[0]!)).toBe(before(times[0]!));
    expect(votesAt(times[1]!)).toBe(before(times[1]!));
    for (const s of snaps) {
      expect(s).toMatchObject({ anchor: "mean=1000", pool: "t2v" });
      expect(s.ciLow!).toBeLessThan(s.rating);
      expect(s.ciHigh!).toBeGreaterThan(s.rating);
    }
  });

  it("gives the same figures on a second run (seeded) and anchors on request", async () => {
    const before = await standings();
    await recomputeRatings(db.db, "votes", { rounds: 40, seed: 9 });
    expect(await standings()).toEqual(before);
    await recomputeRatings(db.db, "votes", { rounds: 10, anchor: { model: "gamma", rating: 1100 } });
    const anchored = await standings();
    const gamma = anchored.data.find((r) => r.model === "gamma")!;
    expect(gamma.rating).toBe(1100);
    const shift = 1100 - before.data.find((r) => r.model === "gamma")!.rating;
    for (const r of anchored.data) expect(r.rating).toBeCloseTo(before.data.find((b) => b.model === r.model)!.rating + shift, 1);
    expect(await db.db.eloSnapshot.count({ where: { anchor: { not: "model:gamma=1100" } } })).toBe(0);
    // Re-anchoring shifts every rating: not a move anyone should be told about.
    expect(await db.db.signal.count({ where: { type: "RATING_MOVED" } })).toBe(0);
  });

  it("signals RANK_CHANGED and RATING_MOVED when new votes move a model's rank with uncertainty", async () => {
    await recomputeRatings(db.db, "votes", { rounds: 40, seed: 9 });
    const beforeSignals = await db.db.signal.count();
    // Delta suddenly wins everything against alpha.
    const upset = Array.from({ length: 2500 }, (_, k) => ({ a: "delta", b: "alpha", winner: "model_a", t: Math.floor(START / 1000) + 22 * 86400 + k }));
    expect((await upload(upset)).status).toBe(201);
    const result = await recomputeRatings(db.db, "votes", { rounds: 40, seed: 9 });
    expect(result.rankChanges).toBeGreaterThan(0);
    const signals = await db.db.signal.findMany({ orderBy: { createdAt: "asc" }, skip: beforeSignals, select: { type: true, title: true, model: { select: { slug: true } } } });
    expect(signals.filter((s) => s.type === "RANK_CHANGED").map((s) => s.model?.slug)).toContain("delta");
    expect(signals.filter((s) => s.type === "RATING_MOVED").map((s) => s.model?.slug)).toEqual(expect.arrayContaining(["alpha", "delta"]));
    expect((await standings()).data[0]?.model).toBe("delta");
    expect(await db.db.auditEvent.count({ where: { action: "leaderboard.ratings-recompute" } })).toBe(5);
  });

  it("runs the recompute each import queued as a ratings.recompute job, with progress on the job row", async () => {
    const queued = await db.db.job.findMany({ where: { type: "ratings.recompute", status: "QUEUED" }, select: { id: true, payload: true, createdById: true } });
    expect(queued).toHaveLength(2);
    expect(queued[0]).toMatchObject({ payload: { leaderboardSlug: "votes" }, createdById: editor.id });
    while (await runNextJob(db.db, { workerId: "test-worker" })) {
      // until the queue is empty
    }
    const done = await db.db.job.findMany({ where: { type: "ratings.recompute" }, select: { status: true, progress: true, message: true, result: true } });
    for (const job of done) {
      expect(job).toMatchObject({ status: "DONE", progress: 1, result: { leaderboard: "votes", battles: 5500, models: 4 } });
    }
    expect((await standings()).data[0]?.model).toBe("delta");
  });

  it("queues a recompute on request (with an anchor), refusing an unknown anchor model (404)", async () => {
    const call = (body: unknown) =>
      callRoute(postRecompute, {
        method: "POST",
        path: "/api/v1/leaderboards/votes/ratings/recompute",
        params: { slug: "votes" },
        headers: { authorization: editor.bearer },
        body,
      });
    expect((await call({ anchor: { model: "nobody", rating: 1000 } })).status).toBe(404);
    const res = await call({ anchor: { model: "beta", rating: 1234 } });
    expect(res.status).toBe(201);
    const id = (res.json?.data as { job: string }).job;
    expect(await db.db.job.findUniqueOrThrow({ where: { id } })).toMatchObject({
      type: "ratings.recompute",
      status: "QUEUED",
      payload: { leaderboardSlug: "votes", anchor: { model: "beta", rating: 1234 } },
    });
    expect(await runNextJob(db.db, { workerId: "test-worker" })).toBe(true);
    expect((await standings()).data.find((r) => r.model === "beta")?.rating).toBe(1234);
  });
});
