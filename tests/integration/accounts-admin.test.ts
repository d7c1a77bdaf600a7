// User administration through the real route handlers, on both databases:
// role changes and disabling take effect on the next request, admins cannot
// lock the site out, and every admin action leaves an audit row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getAuditLog } from "@/app/api/v1/audit-log/route";
import { GET as getMe } from "@/app/api/v1/me/route";
import { DELETE as deleteToken } from "@/app/api/v1/tokens/[id]/route";
import { PATCH as patchUser } from "@/app/api/v1/users/[id]/route";
import { POST as postUserToken } from "@/app/api/v1/users/[id]/tokens/route";
import { GET as getUsers } from "@/app/api/v1/users/route";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";
import { callRoute, createTestUser, TEST_ORIGIN, useAsAppDatabase, type TestUser } from "../helpers/route-harness";

describe.each(testDatabaseKinds())("user administration on %s", (kind) => {
  let db: TestDatabase;
  let admin: TestUser;
  let subscriber: TestUser;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    useAsAppDatabase(db);
    admin = await createTestUser(db, "ADMIN");
    subscriber = await createTestUser(db, "SUBSCRIBER");
  });
  afterAll(() => db?.destroy());

  const patch = (by: TestUser, id: string, body: unknown) =>
    callRoute(patchUser, { method: "PATCH", path: `/api/v1/users/${id}`, params: { id }, headers: { cookie: by.cookie, origin: TEST_ORIGIN }, body });
  const me = (user: TestUser, via: "bearer" | "cookie") =>
    callRoute(getMe, { path: "/api/v1/me", headers: via === "bearer" ? { authorization: user.bearer } : { cookie: user.cookie } });

  it("answers 403 to a subscriber and an editor on every admin endpoint, and changes nothing", async () => {
    const editor = await createTestUser(db, "EDITOR");
    for (const user of [subscriber, editor]) {
      const auth = { authorization: user.bearer };
      expect((await callRoute(getUsers, { path: "/api/v1/users", headers: auth })).status).toBe(403);
      expect((await callRoute(getAuditLog, { path: "/api/v1/audit-log", headers: auth })).status).toBe(403);
      const promote = await callRoute(patchUser, { method: "PATCH", path: `/api/v1/users/${user.id}`, params: { id: user.id }, headers: auth, body: { role: "ADMIN" } });
      expect(promote.status).toBe(403);
      const mint = await callRoute(postUserToken, { method: "POST", path: `/api/v1/users/${admin.id}/tokens`, params: { id: admin.id }, headers: auth, body: { name: "x" } });
      expect(mint.status).toBe(403);
    }
    expect((await db.db.user.findUniqueOrThrow({ where: { id: subscriber.id } })).role).toBe("SUBSCRIBER");
  });

  it("changes a role, effective on the user's very next request, with an audit row holding from, to and note", async () => {
    const user = await createTestUser(db, "SUBSCRIBER");
    expect((await me(user, "bearer")).json?.data).toMatchObject({ role: "SUBSCRIBER" });
    const res = await patch(admin, user.id, { role: "EDITOR", note: "joins the desk" });
    expect(res.status).toBe(200);
    expect(res.json?.data).toMatchObject({ id: user.id, role: "EDITOR" });
    for (const via of ["bearer", "cookie"] as const) {
      const next = await me(user, via);
      expect(next.json?.data).toMatchObject({ role: "EDITOR" });
      expect(next.json?.data).toMatchObject({ permissions: expect.arrayContaining(["claims.edit"]) });
    }
    const audit = await db.db.auditEvent.findMany({ where: { entityId: user.id, action: "user.role-change" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.id, entityType: "User", data: { from: "SUBSCRIBER", to: "EDITOR", note: "joins the desk" } });
  });

  it("disables an account: its session and tokens get 401 on the next request; enabling restores the tokens, not the sessions", async () => {
    const user = await createTestUser(db, "EDITOR");
    expect((await me(user, "cookie")).status).toBe(200);
    expect((await patch(admin, user.id, { disabled: true, note: "left" })).json?.data).toMatchObject({ disabledAt: expect.any(String) });
    expect((await me(user, "cookie")).status).toBe(401);
    expect((await me(user, "bearer")).status).toBe(401);
    expect((await patch(admin, user.id, { disabled: false })).json?.data).toMatchObject({ disabledAt: null });
    expect((await me(user, "bearer")).status).toBe(200);
    // A session from before the account was disabled stays ended.
    expect((await me(user, "cookie")).status).toBe(401);
    const actions = (await db.db.auditEvent.findMany({ where: { entityId: user.id }, orderBy: { createdAt: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["user.disable", "user.enable"]);
  });

  it("refuses an admin demoting or disabling themself (422 naming the rule), and an empty change (400)", async () => {
    const demote = await patch(admin, admin.id, { role: "EDITOR" });
    expect(demote.status).toBe(422);
    expect(demote.json?.rule).toBe("no-self-role-change");
    const disable = await patch(admin, admin.id, { disabled: true });
    expect(disable.status).toBe(422);
    expect(disable.json?.rule).toBe("no-self-disable");
    const empty = await patch(admin, subscriber.id, { note: "nothing" });
    expect(empty.status).toBe(400);
    expect((await me(admin, "bearer")).json?.data).toMatchObject({ role: "ADMIN" });
    expect(await db.db.auditEvent.count({ where: { entityId: admin.id } })).toBe(0);
  });

  it("never removes the last active admin, even when two admins demote each other at once", async () => {
    const second = await createTestUser(db, "ADMIN");
    // Only these two may be admins for the race to be about the last one.
    await db.db.user.updateMany({ where: { role: "ADMIN", id: { notIn: [admin.id, second.id] } }, data: { role: "EDITOR" } });
    const [a, b] = await Promise.all([patch(admin, second.id, { role: "EDITOR" }), patch(second, admin.id, { role: "EDITOR" })]);
    const statuses = [a.status, b.status].sort();
    expect(statuses[0]).toBe(200);
    // The loser is refused by the last-admin rule (409), or already lacks the permission (403).
    expect([403, 409]).toContain(statuses[1]);
    const loser = a.status === 200 ? b : a;
    if (loser.status === 409) expect(String(loser.json?.detail)).toContain("last active admin");
    expect(await db.db.user.count({ where: { role: "ADMIN", disabledAt: null } })).toBe(1);
    expect(await db.db.auditEvent.count({ where: { action: "user.role-change", entityId: { in: [admin.id, second.id] } } })).toBe(1);
    // Restore: whoever is still admin promotes the other back.
    const survivor = a.status === 200 ? admin : second;
    const demoted = a.status === 200 ? second : admin;
    expect((await patch(survivor, demoted.id, { role: "ADMIN" })).status).toBe(200);
  });

  it("issues a token for a user (secret once, owned by them, acting with their role) and revokes anyone's", async () => {
    const user = await createTestUser(db, "EDITOR");
    const res = await callRoute(postUserToken, {
      method: "POST",
      path: `/api/v1/users/${user.id}/tokens`,
      params: { id: user.id },
      headers: { authorization: admin.bearer },
      body: { name: "importer" },
    });
    expect(res.status).toBe(201);
    const secret = res.json?.secret as string;
    const id = (res.json?.data as { id: string }).id;
    expect((await callRoute(getMe, { path: "/api/v1/me", headers: { authorization: `Bearer ${secret}` } })).json?.data).toMatchObject({ id: user.id, role: "EDITOR" });

    const revoked = await callRoute(deleteToken, { method: "DELETE", path: `/api/v1/tokens/${id}`, params: { id }, headers: { authorization: admin.bearer } });
    expect(revoked.status).toBe(200);
    expect((await callRoute(getMe, { path: "/api/v1/me", headers: { authorization: `Bearer ${secret}` } })).status).toBe(401);

    const audit = await db.db.auditEvent.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["token.create-for-user", admin.id],
      ["token.revoke-for-user", admin.id],
    ]);
    expect(JSON.stringify(audit)).not.toContain(secret);

    const missing = await callRoute(postUserToken, { method: "POST", path: "/api/v1/users/nobody/tokens", params: { id: "nobody" }, headers: { authorization: admin.bearer }, body: { name: "x" } });
    expect(missing.status).toBe(404);
  });

  it("lists users without secrets, and the audit log newest first in pages", async () => {
    const users = await callRoute(getUsers, { path: "/api/v1/users", headers: { authorization: admin.bearer } });
    expect(users.status).toBe(200);
    expect(users.text).not.toMatch(/passwordHash|tokenHash|\$2[aby]\$/);
    expect((users.json?.data as { role: string }[])[0]?.role).toBe("ADMIN");

    const first = await callRoute(getAuditLog, { path: "/api/v1/audit-log?limit=2", headers: { authorization: admin.bearer } });
    expect(first.status).toBe(200);
    const page1 = first.json?.data as { id: string; createdAt: string; actor: { email: string } | null }[];
    expect(page1).toHaveLength(2);
    expect(page1[0]!.createdAt >= page1[1]!.createdAt).toBe(true);
    const next = first.json?.next as string;
    expect(next).toBeTruthy();
    const second = await callRoute(getAuditLog, { path: `/api/v1/audit-log?limit=2&cursor=${next}`, headers: { authorization: admin.bearer } });
    const page2 = second.json?.data as { id: string; createdAt: string }[];
    expect(page2.length).toBeGreaterThan(0);
    expect(page2.map((e) => e.id)).not.toContain(page1[0]!.id);
    expect(page2[0]!.createdAt <= page1[1]!.createdAt).toBe(true);
    const total = await db.db.auditEvent.count();
    let seen = 0;
    let cursor: string | null = null;
    do {
      const res = await callRoute(getAuditLog, { path: `/api/v1/audit-log?limit=3${cursor ? `&cursor=${cursor}` : ""}`, headers: { authorization: admin.bearer } });
      seen += (res.json?.data as unknown[]).length;
      cursor = res.json?.next as string | null;
    } while (cursor);
    expect(seen).toBe(total);

    const filtered = await callRoute(getAuditLog, { path: "/api/v1/audit-log?action=user.disable", headers: { authorization: admin.bearer } });
    expect((filtered.json?.data as { action: string }[]).every((e) => e.action === "user.disable")).toBe(true);
    const badCursor = await callRoute(getAuditLog, { path: "/api/v1/audit-log?cursor=nonsense", headers: { authorization: admin.bearer } });
    expect(badCursor.status).toBe(400);
  });
});
