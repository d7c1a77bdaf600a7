// Credentials on the API: bearer tokens and session cookies, checked against
// the database on every request, on both databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getMe } from "@/app/api/v1/me/route";
import { signInWithPassword, ACCOUNT_LIMIT } from "@/lib/auth/sign-in-with-password";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";
import { callRoute, createTestUser, useAsAppDatabase, type TestUser } from "../helpers/route-harness";

describe.each(testDatabaseKinds())("API authentication on %s", (kind) => {
  let db: TestDatabase;
  let editor: TestUser;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    useAsAppDatabase(db);
    editor = await createTestUser(db, "EDITOR");
  });
  afterAll(() => db?.destroy());

  it("answers 401 problem+json with a Bearer challenge without credentials", async () => {
    const res = await callRoute(getMe, { path: "/api/v1/me" });
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer /);
    expect(res.json?.type).toBe("/docs/api#problem-unauthenticated");
  });

  it("accepts a bearer token with the owner's current role and records its use", async () => {
    const res = await callRoute(getMe, { path: "/api/v1/me", headers: { authorization: editor.bearer } });
    expect(res.status).toBe(200);
    expect(res.json?.data).toMatchObject({ id: editor.id, role: "EDITOR", via: "token" });
    expect(res.headers.get("cache-control")).toBe("private, no-cache");
    const token = await db.db.apiToken.findFirstOrThrow({ where: { userId: editor.id } });
    expect(token.lastUsedAt).not.toBeNull();

    await db.db.user.update({ where: { id: editor.id }, data: { role: "ADMIN" } });
    const after = await callRoute(getMe, { path: "/api/v1/me", headers: { authorization: editor.bearer } });
    expect(after.json?.data).toMatchObject({ role: "ADMIN" });
    await db.db.user.update({ where: { id: editor.id }, data: { role: "EDITOR" } });
  });

  it("refuses unknown, revoked and malformed tokens with 401", async () => {
    const unknown = await callRoute(getMe, { path: "/api/v1/me", headers: { authorization: "Bearer mw_nope" } });
    expect(unknown.status).toBe(401);
    const basic = await callRoute(getMe, { path: "/api/v1/me", headers: { authorization: "Basic abc" } });
    expect(basic.status).toBe(401);
    const user = await createTestUser(db, "SUBSCRIBER");
    await db.db.apiToken.updateMany({ where: { userId: user.id }, data: { revokedAt: new Date() } });
    const revoked = await callRoute(getMe, { path: "/api/v1/me", headers: { authorization: user.bearer } });
    expect(revoked.status).toBe(401);
  });

  it("accepts a session cookie, and stops the moment the account is disabled", async () => {
    const user = await createTestUser(db, "SUBSCRIBER");
    const ok = await callRoute(getMe, { path: "/api/v1/me", headers: { cookie: user.cookie } });
    expect(ok.status).toBe(200);
    expect(ok.json?.data).toMatchObject({ id: user.id, via: "session", role: "SUBSCRIBER" });
    await db.db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    const cookie = await callRoute(getMe, { path: "/api/v1/me", headers: { cookie: user.cookie } });
    expect(cookie.status).toBe(401);
    const token = await callRoute(getMe, { path: "/api/v1/me", headers: { authorization: user.bearer } });
    expect(token.status).toBe(401);
    expect(String(token.json?.detail)).toContain("disabled");
  });

  it("ignores a forged session cookie", async () => {
    const forged = editor.cookie.replace(/=.*/, "=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..forged.forged.forged");
    const res = await callRoute(getMe, { path: "/api/v1/me", headers: { cookie: forged } });
    expect(res.status).toBe(401);
  });

  it("signs in with a password, looks the same for unknown and wrong, and rate-limits per account", async () => {
    const user = await createTestUser(db, "SUBSCRIBER");
    const good = await signInWithPassword(db.db, { email: user.email.toUpperCase(), password: "correct horse battery staple", ip: "10.0.0.1" });
    expect(good?.id).toBe(user.id);
    expect(await signInWithPassword(db.db, { email: user.email, password: "wrong", ip: "10.0.0.2" })).toBeNull();
    expect(await signInWithPassword(db.db, { email: "nobody@test.local", password: "wrong", ip: "10.0.0.3" })).toBeNull();

    // Successful sign-ins never count towards the limit.
    for (let i = 0; i < ACCOUNT_LIMIT.limit + 2; i++) {
      const again = await signInWithPassword(db.db, { email: user.email, password: "correct horse battery staple", ip: "10.0.0.1" });
      expect(again?.id).toBe(user.id);
    }

    // Wrong passwords count per account and client: the guesser is stopped, the owner elsewhere is not.
    const victim = await createTestUser(db, "SUBSCRIBER");
    for (let i = 0; i < ACCOUNT_LIMIT.limit; i++) {
      expect(await signInWithPassword(db.db, { email: victim.email, password: "wrong", ip: "10.1.0.1" })).toBeNull();
    }
    await expect(
      signInWithPassword(db.db, { email: victim.email, password: "correct horse battery staple", ip: "10.1.0.1" }),
    ).rejects.toThrow(/Too many sign-in attempts/);
    const owner = await signInWithPassword(db.db, { email: victim.email, password: "correct horse battery staple", ip: "10.2.0.1" });
    expect(owner?.id).toBe(victim.id);
  });

  it("counts parallel attempts before checking them: exactly the limit is checked", async () => {
    const user = await createTestUser(db, "SUBSCRIBER");
    const results = await Promise.allSettled(
      Array.from({ length: 25 }, () => signInWithPassword(db.db, { email: user.email, password: "wrong", ip: "10.3.0.1" })),
    );
    expect(results.filter((r) => r.status === "fulfilled" && r.value === null)).toHaveLength(ACCOUNT_LIMIT.limit);
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(25 - ACCOUNT_LIMIT.limit);
  });
});
