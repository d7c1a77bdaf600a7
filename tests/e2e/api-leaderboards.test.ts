import { beforeAll, describe, expect, inject, it } from "vitest";
import { parseCsvRecords } from "@/lib/csv/parse-csv";
import {
  HistoryListSchema,
  LeaderboardListSchema,
  StandingListSchema,
  type HistorySeriesDto,
  type LeaderboardDto,
  type StandingDto,
} from "@/lib/api/v1/schemas/leaderboard-schemas";
import { DEMO_LEADERBOARDS } from "@/lib/db/seed/demo-leaderboards";
import { HAPPYHORSE_SLUG } from "@/lib/db/seed/demo-models";
import { LMARENA_IMAGE_BOARD } from "@/lib/db/seed/seed-lmarena-image-board";
import { demo, expectProblem, getJson, loadContract, walkPages, type ListBody, type OpenApiContract } from "./api-client";

interface StandingsBody extends ListBody<StandingDto> {
  leaderboard: { slug: string; name: string; isDemo: boolean };
  capturedAt: string | null;
  at: string | null;
}

const BOARD = "text-to-video";
const boardId = `demo-board-${BOARD}`;
const snapshotDates = [...new Set(demo.snapshots.filter((s) => s.leaderboardId === boardId).map((s) => new Date(s.capturedAt).toISOString()))].sort();

describe.each(inject("e2eServers"))("leaderboards API on $kind", ({ baseURL }) => {
  let contract: OpenApiContract;
  beforeAll(async () => {
    contract = await loadContract(baseURL);
  });

  it("lists the leaderboards in display order with their latest snapshot date", async () => {
    const { body } = await getJson<ListBody<LeaderboardDto>>(baseURL, "/api/v1/leaderboards");
    contract.expectBody("/api/v1/leaderboards", 200, body, LeaderboardListSchema);
    // The illustrative boards, then the real LMArena board backfilled by the seed.
    expect(body.data.map((b) => b.slug)).toEqual([...DEMO_LEADERBOARDS.map((b) => b.slug), LMARENA_IMAGE_BOARD.slug]);
    expect(body.data[0]?.latestCapturedAt).toBe(snapshotDates[snapshotDates.length - 1]);
    expect(body.data[0]?.links.standings).toBe(`/api/v1/leaderboards/${BOARD}/standings`);
    const paged = await walkPages<LeaderboardDto>(baseURL, "/api/v1/leaderboards?limit=1");
    expect(paged.items.map((b) => b.slug)).toEqual(body.data.map((b) => b.slug));
  });

  it("gives the latest standings, best first, with intervals, ranks and provisional flags", async () => {
    const path = `/api/v1/leaderboards/${BOARD}/standings`;
    const { res, body } = await getJson<StandingsBody>(baseURL, path);
    expect(res.status).toBe(200);
    contract.expectBody("/api/v1/leaderboards/{slug}/standings", 200, body, StandingListSchema);
    expect(body.capturedAt).toBe(snapshotDates[snapshotDates.length - 1]);
    expect(body.at).toBeNull();
    expect(body.leaderboard).toEqual({ slug: BOARD, name: DEMO_LEADERBOARDS[0]?.name, isDemo: true });
    expect(body.data[0]?.model).toBe(HAPPYHORSE_SLUG);
    expect(body.data[0]?.rank).toBe(1);
    const latest = demo.snapshots.filter((s) => s.leaderboardId === boardId && new Date(s.capturedAt).toISOString() === body.capturedAt);
    expect(body.data.length).toBe(latest.length);
    for (let i = 1; i < body.data.length; i++) {
      const [a, b] = [body.data[i - 1] as StandingDto, body.data[i] as StandingDto];
      expect(a.rank < b.rank || (a.rank === b.rank && a.rating >= b.rating)).toBe(true);
    }
    const minVotes = DEMO_LEADERBOARDS[0]?.minVotes as number;
    for (const r of body.data) {
      expect(r.provisional).toBe(r.votes !== null && r.votes < minVotes);
      expect(r.ciLow as number).toBeLessThanOrEqual(r.rating);
      expect(r.tied).toBe(body.data.filter((o) => o.rank === r.rank).length > 1);
    }
    const paged = await walkPages<StandingDto>(baseURL, `${path}?limit=4`);
    expect(paged.items).toEqual(body.data);
  });

  it("gives the standings as of a date, and nothing before the first snapshot", async () => {
    const day = (snapshotDates[7] as string).slice(0, 10);
    const { body } = await getJson<StandingsBody>(baseURL, `/api/v1/leaderboards/${BOARD}/standings?at=${day}`);
    expect(body.at).toBe(day);
    expect(body.capturedAt).toBe(snapshotDates[7]);
    const snaps = demo.snapshots.filter((s) => s.leaderboardId === boardId && new Date(s.capturedAt).toISOString() === snapshotDates[7]);
    expect(body.data.map((r) => r.model).sort()).toEqual(snaps.map((s) => (s.modelId as string).replace("demo-model-", "")).sort());
    // The day before the first snapshot has none.
    const before = new Date(new Date(snapshotDates[0] as string).getTime() - 86_400_000).toISOString().slice(0, 10);
    const empty = await getJson<StandingsBody>(baseURL, `/api/v1/leaderboards/${BOARD}/standings?at=${before}`);
    expect(empty.body).toMatchObject({ data: [], next: null, capturedAt: null, at: before });
    for (const bad of ["2026-13-01", "2026-02-30", "yesterday", "2026-7-1"]) {
      await expectProblem(baseURL, `/api/v1/leaderboards/${BOARD}/standings?at=${bad}`, 400, ["at"]);
    }
    await expectProblem(baseURL, "/api/v1/leaderboards/no-such-board/standings", 404);
  });

  it("gives each model's history on a board, and the same rows as CSV", async () => {
    const path = `/api/v1/leaderboards/${BOARD}/history?models=${HAPPYHORSE_SLUG},seedance-2-0`;
    const { body } = await getJson<ListBody<HistorySeriesDto>>(baseURL, path);
    contract.expectBody("/api/v1/leaderboards/{slug}/history", 200, body, HistoryListSchema);
    expect(body.data.map((s) => s.model)).toEqual([HAPPYHORSE_SLUG, "seedance-2-0"]);
    for (const s of body.data) {
      const seeded = demo.snapshots.filter((x) => x.leaderboardId === boardId && x.modelId === `demo-model-${s.model}`);
      expect(s.points.length).toBe(seeded.length);
      const times = s.points.map((p) => p.capturedAt);
      expect(times).toEqual([...times].sort());
      expect(s.points.every((p) => p.method === "PUBLISHED" && p.anchor !== null)).toBe(true);
    }
    // The last point of each series is what the latest standings show.
    const standings = await getJson<StandingsBody>(baseURL, `/api/v1/leaderboards/${BOARD}/standings`);
    const hh = body.data[0] as HistorySeriesDto;
    expect(hh.points[hh.points.length - 1]?.rating).toBe(standings.body.data.find((r) => r.model === HAPPYHORSE_SLUG)?.rating);

    const all = await walkPages<HistorySeriesDto>(baseURL, `/api/v1/leaderboards/${BOARD}/history?limit=3`);
    const onBoard = new Set(demo.snapshots.filter((s) => s.leaderboardId === boardId).map((s) => s.modelId));
    expect(all.items.map((s) => s.model).sort()).toEqual([...onBoard].map((id) => (id as string).replace("demo-model-", "")).sort());

    const res = await fetch(`${baseURL}/api/v1/leaderboards/${BOARD}/history.csv`);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="modelwatch-${BOARD}-history.csv"`);
    const rows = parseCsvRecords(await res.text());
    const expected = all.items.flatMap((s) =>
      s.points.map((p) => ({
        model: s.model,
        capturedAt: p.capturedAt,
        rating: String(p.rating),
        ciLow: p.ciLow === null ? "" : String(p.ciLow),
        ciHigh: p.ciHigh === null ? "" : String(p.ciHigh),
        votes: p.votes === null ? "" : String(p.votes),
        rank: p.rank === null ? "" : String(p.rank),
        method: p.method,
        anchor: p.anchor ?? "",
        displayLabel: p.displayLabel ?? "",
        isDemo: String(s.isDemo),
      })),
    );
    expect(rows).toEqual(expected);

    await expectProblem(baseURL, `/api/v1/leaderboards/${BOARD}/history?models=no-such-model`, 404);
    await expectProblem(baseURL, `/api/v1/leaderboards/${BOARD}/history?models=`, 400, ["models"]);
    await expectProblem(baseURL, "/api/v1/leaderboards/no-such-board/history.csv", 404);
  });
});
