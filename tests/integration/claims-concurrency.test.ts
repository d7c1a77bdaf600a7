// Optimistic concurrency under real parallelism: twenty editors change the
// same claim from the same version at once; exactly one wins.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/v1/models/[slug]/claims/route";
import { PATCH as patchRoute } from "@/app/api/v1/claims/[id]/route";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";
import { callRoute, createTestUser, useAsAppDatabase, type TestUser } from "../helpers/route-harness";

const STATUSES = ["VERIFIED", "DISPUTED", "REFUTED"] as const;

describe.each(testDatabaseKinds())("claim concurrency on %s", (kind) => {
  let db: TestDatabase;
  let editor: TestUser;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    useAsAppDatabase(db);
    editor = await createTestUser(db, "EDITOR");
    await db.db.model.create({ data: { slug: "seedance-2", name: "Seedance 2.0" } });
  });
  afterAll(() => db?.destroy());

  it("20 parallel status changes from one version: one 200, nineteen 409, one event", async () => {
    const created = await callRoute(createRoute, {
      method: "POST",
      path: "/api/v1/models/seedance-2/claims",
      params: { slug: "seedance-2" },
      headers: { authorization: editor.bearer },
      body: {
        category: "SPEED",
        statement: "Renders 5 s of 1080p in under a minute.",
        note: "Vendor blog",
        sources: [{ url: "https://vendor.example/speed", title: "Speed notes", kind: "OFFICIAL" }],
      },
    });
    expect(created.status).toBe(201);
    const id = (created.json?.data as { id: string }).id;

    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        callRoute(patchRoute, {
          method: "PATCH",
          path: `/api/v1/claims/${id}`,
          params: { id },
          headers: { authorization: editor.bearer, "if-match": '"1"' },
          body: { status: STATUSES[i % STATUSES.length], note: `editor ${i}` },
        }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200), JSON.stringify(results.filter((r) => r.status !== 200 && r.status !== 409).map((r) => r.text))).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);

    const winner = results.find((r) => r.status === 200)!;
    const winnerNote = (winner.json?.data as { history: { note: string }[] }).history.at(-1)!.note;
    const claim = await db.db.claim.findUniqueOrThrow({ where: { id } });
    expect(claim.version).toBe(2);
    const events = await db.db.claimEvent.findMany({ where: { claimId: id }, orderBy: { claimVersion: "asc" } });
    expect(events.map((e) => e.type)).toEqual(["CREATED", "STATUS_CHANGED"]);
    expect(events[1]).toMatchObject({ note: winnerNote, toStatus: claim.status, claimVersion: 2 });
    expect(await db.db.signal.count({ where: { claimId: id } })).toBe(2);
    for (const loser of results.filter((r) => r.status === 409)) {
      expect(loser.json?.current).toMatchObject({ version: 2, status: claim.status });
    }
  });
});
