// Audit rows record how the actor came (session or token, and which token) and
// where the request came from (client address, user agent), through the real
// route handlers on both databases; the audit-log API filters by action and actor.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PATCH as patchAccount } from "@/app/api/v1/account/route";
import { GET as getAuditLog } from "@/app/api/v1/audit-log/route";
import { PATCH as patchUser } from "@/app/api/v1/users/[id]/route";
import { AUDIT_ACTIONS } from "@/lib/audit/audit-actions";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";
import { callRoute, createTestUser, TEST_ORIGIN, useAsAppDatabase, type TestUser } from "../helpers/route-harness";
// In-process calls skip scripts/serve.ts: they carry the header it sets after checking the proxy chain.
import { CLIENT_IP_HEADER } from "@/lib/server/trusted-proxies";

const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AuditTest/1.0";
const SCRIPT = "curl/8.5.0";

describe.each(testDatabaseKinds())("audit rows on %s", (kind) => {
  let db: TestDatabase;
  let admin: TestUser;
  let editor: TestUser;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    useAsAppDatabase(db);
    admin = await createTestUser(db, "ADMIN");
    editor = await createTestUser(db, "EDITOR");
  });
  afterAll(() => db?.destroy());

  it("records a session write with its channel, client address and user agent, and no token", async () => {
    const user = await createTestUser(db, "SUBSCRIBER");
    const res = await callRoute(patchUser, {
      method: "PATCH",
      path: `/api/v1/users/${user.id}`,
      params: { id: user.id },
      headers: { cookie: admin.cookie, origin: TEST_ORIGIN, [CLIENT_IP_HEADER]: "203.0.113.7", "user-agent": BROWSER },
      body: { role: "EDITOR", note: "joins the desk" },
    });
    expect(res.status).toBe(200);
    const row = await db.db.auditEvent.findFirstOrThrow({ where: { entityId: user.id, action: "user.role-change" } });
    expect(row).toMatchObject({ actorId: admin.id, actorChannel: "session", tokenId: null, clientIp: "203.0.113.7", userAgent: BROWSER });
  });

  it("records a token write with the token's id", async () => {
    const res = await callRoute(patchAccount, {
      method: "PATCH",
      path: "/api/v1/account",
      headers: { authorization: editor.bearer, [CLIENT_IP_HEADER]: "198.51.100.20", "user-agent": SCRIPT },
      body: { name: "Desk editor" },
    });
    expect(res.status).toBe(200);
    const token = await db.db.apiToken.findFirstOrThrow({ where: { userId: editor.id } });
    const row = await db.db.auditEvent.findFirstOrThrow({ where: { actorId: editor.id, action: "account.update" } });
    expect(row).toMatchObject({ actorChannel: "token", tokenId: token.id, clientIp: "198.51.100.20", userAgent: SCRIPT, data: { name: "Desk editor" } });
  });

  it("leaves the request fields empty when the request sends none", async () => {
    await callRoute(patchAccount, { method: "PATCH", path: "/api/v1/account", headers: { authorization: admin.bearer }, body: { name: "Site admin" } });
    const row = await db.db.auditEvent.findFirstOrThrow({ where: { actorId: admin.id, action: "account.update" } });
    expect(row).toMatchObject({ actorChannel: "token", clientIp: null, userAgent: null });
  });

  it("lists the new fields and filters by action and by actor (id or e-mail)", async () => {
    const get = (query: string) => callRoute(getAuditLog, { path: `/api/v1/audit-log?${query}`, headers: { authorization: admin.bearer } });
    type Entry = { action: string; actor: { id: string; email: string } | null; actorChannel: string | null; tokenId: string | null; clientIp: string | null; userAgent: string | null };

    const byEditor = (await get(`actor=${encodeURIComponent(editor.email.toUpperCase())}`)).json?.data as Entry[];
    expect(byEditor.length).toBeGreaterThan(0);
    expect(byEditor.every((e) => e.actor?.id === editor.id)).toBe(true);
    expect(byEditor[0]).toMatchObject({ action: "account.update", actorChannel: "token", clientIp: "198.51.100.20", userAgent: SCRIPT });

    const byId = (await get(`actor=${admin.id}&action=user.role-change`)).json?.data as Entry[];
    expect(byId).toHaveLength(1);
    expect(byId[0]).toMatchObject({ action: "user.role-change", actorChannel: "session", tokenId: null, clientIp: "203.0.113.7" });

    expect((await get("actor=nobody@example.com")).json?.data).toEqual([]);
    const all = (await get("limit=100")).json?.data as Entry[];
    expect(all.every((e) => (AUDIT_ACTIONS as readonly string[]).includes(e.action))).toBe(true);
  });
});
