// The claim writes through the API on both databases: creation, the policy's
// 422s, If-Match (428/409), validation (400), sources, retract/restore, and
// that every change writes exactly one event and one signal in its transaction.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as createRoute } from "@/app/api/v1/models/[slug]/claims/route";
import { GET as getRoute, PATCH as patchRoute } from "@/app/api/v1/claims/[id]/route";
import { POST as sourcesRoute } from "@/app/api/v1/claims/[id]/sources/route";
import { POST as restoreRoute } from "@/app/api/v1/claims/[id]/restore/route";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";
import { callRoute, createTestUser, TEST_ORIGIN, useAsAppDatabase, type TestUser } from "../helpers/route-harness";

// Lets one test make the signal write fail, to prove the change rolls back whole.
const failSignal = vi.hoisted(() => ({ next: false }));
vi.mock("@/lib/watch/record-signal", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/watch/record-signal")>();
  return {
    ...real,
    recordSignal: (...args: Parameters<typeof real.recordSignal>) => {
      if (failSignal.next) {
        failSignal.next = false;
        return Promise.reject(new Error("signal write failed (test)"));
      }
      return real.recordSignal(...args);
    },
  };
});

type Json = Record<string, unknown>;
const data = (res: { json?: Json }) => res.json?.data as Json & { id: string; version: number; history: Json[]; sources: Json[] };

describe.each(testDatabaseKinds())("claims API on %s", (kind) => {
  let db: TestDatabase;
  let editor: TestUser;
  let subscriber: TestUser;

  const auth = () => ({ authorization: editor.bearer });

  async function newClaim(body: Json = {}) {
    const res = await callRoute(createRoute, {
      method: "POST",
      path: "/api/v1/models/happyhorse-1/claims",
      params: { slug: "happyhorse-1" },
      headers: auth(),
      body: { category: "ARCHITECTURE", statement: "One model for text, image, video and audio.", note: "From the launch thread", ...body },
    });
    expect(res.status, res.text).toBe(201);
    return data(res);
  }

  function patch(id: string, body: Json, headers: Record<string, string> = {}) {
    return callRoute(patchRoute, { method: "PATCH", path: `/api/v1/claims/${id}`, params: { id }, headers: { ...auth(), ...headers }, body });
  }

  const counts = async (claimId: string) => ({
    events: await db.db.claimEvent.count({ where: { claimId } }),
    signals: await db.db.signal.count({ where: { claimId } }),
  });

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    useAsAppDatabase(db);
    editor = await createTestUser(db, "EDITOR");
    subscriber = await createTestUser(db, "SUBSCRIBER");
    const model = await db.db.model.create({ data: { slug: "happyhorse-1", name: "HappyHorse 1.0" } });
    await db.db.slugRedirect.create({ data: { fromSlug: "anon-arena-x", modelId: model.id } });
  });
  afterAll(() => db?.destroy());

  it("creates a claim (201) with its sources, one CREATED event and one CLAIM_CREATED signal", async () => {
    const claim = await newClaim({
      sources: [{ url: "https://press.example/horse", title: "Who is HappyHorse?", publisher: "Press", kind: "PRESS", quote: "a unified model" }],
    });
    expect(claim).toMatchObject({ status: "UNVERIFIED", version: 1, model: "happyhorse-1", confidence: "SPECULATIVE" });
    expect(claim.sources).toHaveLength(1);
    expect(claim.history).toEqual([expect.objectContaining({ type: "CREATED", claimVersion: 1, note: "From the launch thread" })]);
    expect(await counts(claim.id)).toEqual({ events: 1, signals: 1 });
    const signal = await db.db.signal.findFirstOrThrow({ where: { claimId: claim.id } });
    expect(signal).toMatchObject({ type: "CLAIM_CREATED", actorId: editor.id });

    const read = await callRoute(getRoute, { path: `/api/v1/claims/${claim.id}`, params: { id: claim.id } });
    expect(read.status).toBe(200);
    expect(data(read)).toMatchObject({ id: claim.id, version: 1 });
  });

  it("records on the surviving model through an old slug, and 404s an unknown model", async () => {
    const moved = await callRoute(createRoute, {
      method: "POST",
      path: "/api/v1/models/anon-arena-x/claims",
      params: { slug: "anon-arena-x" },
      headers: auth(),
      body: { category: "OWNERSHIP", statement: "Made by Alibaba ATH.", note: "Confirmed" },
    });
    expect(moved.status).toBe(201);
    expect(data(moved).model).toBe("happyhorse-1");
    const missing = await callRoute(createRoute, {
      method: "POST",
      path: "/api/v1/models/nope/claims",
      params: { slug: "nope" },
      headers: auth(),
      body: { category: "OWNERSHIP", statement: "x", note: "x" },
    });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toContain("application/problem+json");
  });

  it("refuses a subscriber (403) and a claim without a note (422 change-needs-note)", async () => {
    const forbidden = await callRoute(createRoute, {
      method: "POST",
      path: "/api/v1/models/happyhorse-1/claims",
      params: { slug: "happyhorse-1" },
      headers: { authorization: subscriber.bearer },
      body: { category: "OWNERSHIP", statement: "x", note: "x" },
    });
    expect(forbidden.status).toBe(403);
    const noNote = await callRoute(createRoute, {
      method: "POST",
      path: "/api/v1/models/happyhorse-1/claims",
      params: { slug: "happyhorse-1" },
      headers: auth(),
      body: { category: "OWNERSHIP", statement: "x", note: "  " },
    });
    expect(noNote.status).toBe(422);
    expect(noNote.json?.rule).toBe("change-needs-note");
  });

  it("answers 400 naming the field for a malformed body, and unknown fields", async () => {
    const claim = await newClaim();
    const bad = await patch(claim.id, { status: "MAYBE", note: "x" }, { "if-match": '"1"' });
    expect(bad.status).toBe(400);
    expect((bad.json?.errors as Json[]).map((e) => e.name)).toEqual(["status"]);
    const extra = await patch(claim.id, { note: "x", owner: "me" }, { "if-match": '"1"' });
    expect(extra.status).toBe(400);
    expect((extra.json?.errors as Json[]).map((e) => e.name)).toEqual(["owner"]);
    const badSource = await callRoute(createRoute, {
      method: "POST",
      path: "/api/v1/models/happyhorse-1/claims",
      params: { slug: "happyhorse-1" },
      headers: auth(),
      body: { category: "API", statement: "x", note: "x", sources: [{ url: "javascript:alert(1)", title: "t", kind: "PRESS" }] },
    });
    expect(badSource.status).toBe(400);
    expect((badSource.json?.errors as Json[]).map((e) => e.name)).toEqual(["sources.0.url"]);
    expect(await counts(claim.id)).toEqual({ events: 1, signals: 1 });
  });

  it("answers 428 without If-Match and changes nothing", async () => {
    const claim = await newClaim();
    const res = await patch(claim.id, { status: "DISPUTED", note: "Doubts" });
    expect(res.status).toBe(428);
    expect(res.json?.type).toBe("/docs/api#problem-precondition-required");
    expect(await counts(claim.id)).toEqual({ events: 1, signals: 1 });
  });

  it("refuses VERIFIED without an official or independent source (422 naming the rule), then verifies with one", async () => {
    const claim = await newClaim({ category: "PRICING", sources: [{ url: "https://x.example/p", title: "A post", kind: "SOCIAL" }] });
    const refused = await patch(claim.id, { status: "VERIFIED", note: "Looks right" }, { "if-match": '"1"' });
    expect(refused.status).toBe(422);
    expect(refused.json?.rule).toBe("verified-needs-official-or-independent-source");
    expect(String(refused.json?.detail)).toContain("OFFICIAL or INDEPENDENT");
    expect(await counts(claim.id)).toEqual({ events: 1, signals: 1 });

    const added = await callRoute(sourcesRoute, {
      method: "POST",
      path: `/api/v1/claims/${claim.id}/sources`,
      params: { id: claim.id },
      headers: { ...auth(), "if-match": '"1"' },
      body: { source: { url: "https://vendor.example/pricing", title: "Pricing page", kind: "OFFICIAL" }, note: "Official pricing page" },
    });
    expect(added.status, added.text).toBe(201);
    expect(data(added)).toMatchObject({ version: 2 });
    expect(data(added).history.at(-1)).toMatchObject({ type: "SOURCE_ADDED", claimVersion: 2 });
    expect(await counts(claim.id)).toEqual({ events: 2, signals: 2 });

    const before = Date.now();
    const verified = await patch(claim.id, { status: "VERIFIED", note: "Vendor publishes it" }, { "if-match": '"2"' });
    expect(verified.status, verified.text).toBe(200);
    const body = data(verified);
    expect(body).toMatchObject({ status: "VERIFIED", version: 3 });
    // A pricing verdict comes back for re-check after 90 days.
    const due = Date.parse(String(body.reviewBy));
    expect(due - before).toBeGreaterThan(89 * 86_400_000);
    expect(due - before).toBeLessThan(91 * 86_400_000);
    expect(await counts(claim.id)).toEqual({ events: 3, signals: 3 });
    const event = await db.db.claimEvent.findFirstOrThrow({ where: { claimId: claim.id, claimVersion: 3 } });
    expect(event).toMatchObject({ type: "STATUS_CHANGED", fromStatus: "UNVERIFIED", toStatus: "VERIFIED", actorId: editor.id });
    expect((event.evidence as Json[]).map((e) => e.kind).sort()).toEqual(["OFFICIAL", "SOCIAL"]);
    expect(event.diff).toMatchObject({ status: ["UNVERIFIED", "VERIFIED"] });
    const signal = await db.db.signal.findFirstOrThrow({ where: { claimId: claim.id }, orderBy: { createdAt: "desc" } });
    expect(signal).toMatchObject({ type: "CLAIM_VERIFIED", verified: true });
  });

  it("refuses REFUTED without a source, and evidence that is not the claim's own", async () => {
    const claim = await newClaim();
    const res = await patch(claim.id, { status: "REFUTED", note: "Wrong" }, { "if-match": "1" });
    expect(res.status).toBe(422);
    expect(res.json?.rule).toBe("refuted-needs-source");
    const foreign = await patch(claim.id, { status: "DISPUTED", note: "Hmm", evidence: ["not-a-source"] }, { "if-match": "1" });
    expect(foreign.status).toBe(422);
    expect(foreign.json?.rule).toBe("evidence-must-be-the-claims-sources");
  });

  it("edits fields with a diff, and answers 409 with the claim now and the changes since on a stale version", async () => {
    const claim = await newClaim();
    const edited = await patch(claim.id, { statement: "Text, image and video in one model.", confidence: "LIKELY", note: "Audio unconfirmed" }, { "if-match": "1" });
    expect(edited.status).toBe(200);
    expect(data(edited).history.at(-1)).toMatchObject({
      type: "EDITED",
      diff: { statement: ["One model for text, image, video and audio.", "Text, image and video in one model."], confidence: ["SPECULATIVE", "LIKELY"] },
    });

    const stale = await patch(claim.id, { statement: "Something else", note: "Mine" }, { "if-match": "1" });
    expect(stale.status).toBe(409);
    expect(stale.json?.current).toMatchObject({ id: claim.id, version: 2, statement: "Text, image and video in one model." });
    expect((stale.json?.changesSince as Json[]).map((e) => e.claimVersion)).toEqual([2]);
    expect(await counts(claim.id)).toEqual({ events: 2, signals: 2 });

    const unchanged = await patch(claim.id, { confidence: "LIKELY", note: "Same" }, { "if-match": "2" });
    expect(unchanged.status).toBe(422);
    expect(unchanged.json?.rule).toBe("change-must-change-something");
  });

  it("retracts (read-only meanwhile) and restores to the status before retraction", async () => {
    const claim = await newClaim({ sources: [{ url: "https://lab.example/paper", title: "Paper", kind: "INDEPENDENT" }] });
    expect((await patch(claim.id, { status: "VERIFIED", note: "Independent paper" }, { "if-match": "1" })).status).toBe(200);
    const retracted = await patch(claim.id, { status: "RETRACTED", note: "Posted on the wrong model" }, { "if-match": "2" });
    expect(retracted.status).toBe(200);
    expect(data(retracted).history.at(-1)).toMatchObject({ type: "RETRACTED", fromStatus: "VERIFIED", toStatus: "RETRACTED" });

    const frozen = await patch(claim.id, { statement: "New words", note: "x" }, { "if-match": "3" });
    expect(frozen.status).toBe(422);
    expect(frozen.json?.rule).toBe("retracted-is-read-only");

    const restore = (version: string, note: string) =>
      callRoute(restoreRoute, {
        method: "POST",
        path: `/api/v1/claims/${claim.id}/restore`,
        params: { id: claim.id },
        headers: { ...auth(), "if-match": version },
        body: { note },
      });
    expect((await restore("3", "")).json?.rule).toBe("change-needs-note");
    const restored = await restore("3", "Retracted by mistake");
    expect(restored.status, restored.text).toBe(200);
    expect(data(restored)).toMatchObject({ status: "VERIFIED", version: 4 });
    expect((await restore("4", "again")).json?.rule).toBe("restore-needs-retracted");
    const types = (await db.db.signal.findMany({ where: { claimId: claim.id }, orderBy: { createdAt: "asc" } })).map((s) => s.type);
    expect(types).toEqual(["CLAIM_CREATED", "CLAIM_VERIFIED", "CLAIM_RETRACTED", "CLAIM_RESTORED"]);
    expect(await db.db.claim.count({ where: { id: claim.id } })).toBe(1);
  });

  it("a cookie write needs our Origin", async () => {
    const claim = await newClaim();
    const res = await callRoute(patchRoute, {
      method: "PATCH",
      path: `/api/v1/claims/${claim.id}`,
      params: { id: claim.id },
      headers: { cookie: editor.cookie, origin: TEST_ORIGIN, "if-match": "1" },
      body: { status: "DISPUTED", note: "From the browser" },
    });
    expect(res.status).toBe(200);
  });

  it("a failing transaction leaves no change, no event and no signal", async () => {
    const claim = await newClaim({ sources: [{ url: "https://vendor.example/a", title: "A", kind: "OFFICIAL" }] });
    failSignal.next = true;
    const res = await patch(claim.id, { status: "VERIFIED", note: "Will fail" }, { "if-match": "1" });
    expect(res.status).toBe(500);
    expect(await counts(claim.id)).toEqual({ events: 1, signals: 1 });
    const row = await db.db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row).toMatchObject({ status: "UNVERIFIED", version: 1 });
    // And the same change goes through afterwards.
    expect((await patch(claim.id, { status: "VERIFIED", note: "Now" }, { "if-match": "1" })).status).toBe(200);
  });
});
