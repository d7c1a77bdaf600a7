// The audit trail and the request logs on the running production server: a
// write through the API leaves an audit row the admin page shows with how the
// actor came and from where, filtered by action and actor, and one JSON log
// line naming the request, the user and the token.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOwnAppServer, type OwnAppServer } from "../helpers/own-app-server";
import { signInOverHttp } from "../helpers/sign-in-over-http";
import { testDatabaseKinds } from "../helpers/test-databases";

const AGENT = "AuditE2E/1.0 (+https://example.com/bot)";

describe.each(testDatabaseKinds())("admin audit log and request logs on %s", (kind) => {
  let own: OwnAppServer;
  let base: string;
  let admin: string;

  beforeAll(async () => {
    own = await startOwnAppServer(kind);
    base = own.server.baseURL;
    admin = (await signInOverHttp(base, "admin@modelwatch.local", "modelwatch-admin")).header;
  });
  afterAll(() => own?.stop());

  const auditPage = async (query: string) => {
    const res = await fetch(`${base}/admin/audit?${query}`, { headers: { cookie: admin } });
    expect(res.status).toBe(200);
    const html = await res.text();
    return { html, actions: [...html.matchAll(/data-action="([^"]+)"/g)].map((m) => m[1]) };
  };

  it("shows a session write with its channel and user agent, filtered by action and by actor", async () => {
    const res = await fetch(`${base}/api/v1/account`, {
      method: "PATCH",
      headers: { cookie: admin, origin: base, "content-type": "application/json", "user-agent": AGENT },
      body: JSON.stringify({ name: "Audit admin" }),
    });
    expect(res.status).toBe(200);

    const mine = await auditPage("action=account.update&actor=admin%40modelwatch.local");
    expect(mine.actions).toEqual(["account.update"]);
    expect(mine.html).toContain("signed in");
    expect(mine.html).toContain("AuditE2E/1.0");

    const byEditor = await auditPage("actor=editor%40modelwatch.local&action=account.update");
    expect(byEditor.actions).toEqual([]);
    const any = await auditPage("");
    expect(any.actions.length).toBeGreaterThanOrEqual(1);
  });

  it("writes one JSON line per API write with its method, path, user and token, and never the token itself", async () => {
    const me = (await (await fetch(`${base}/api/v1/me`, { headers: { cookie: admin } })).json()) as { data: { id: string } };
    const issued = await fetch(`${base}/api/v1/tokens`, {
      method: "POST",
      headers: { cookie: admin, origin: base, "content-type": "application/json" },
      body: JSON.stringify({ name: "log check" }),
    });
    expect(issued.status).toBe(201);
    const { data: token, secret } = (await issued.json()) as { data: { id: string }; secret: string };
    const write = await fetch(`${base}/api/v1/account`, {
      method: "PATCH",
      headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
      body: JSON.stringify({ name: "Audit admin 2" }),
    });
    expect(write.status).toBe(200);

    const lines = own.server
      .logs()
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const logged = lines.find((l) => l.method === "PATCH" && l.path === "/api/v1/account" && l.tokenId === token.id);
    expect(logged).toMatchObject({ msg: "request", status: 200, userId: me.data.id, level: 30 });
    expect(own.server.logs()).not.toContain(secret);
  });
});
