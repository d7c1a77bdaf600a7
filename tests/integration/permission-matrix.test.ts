// Every endpoint that declares a permission, called as anonymous, disabled,
// and each role: 401 / 403 / admitted exactly as the one role→permission
// table says. Generic over the endpoint list, so a new mutation is covered
// the moment it is declared; and every exported write handler must belong
// to a declared endpoint, so none can slip past the wrapper.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Endpoint } from "@/lib/api/endpoint";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { can } from "@/lib/auth/permissions";
import { Role } from "@/lib/db/enums";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";
import { callRoute, createTestUser, TEST_ORIGIN, useAsAppDatabase, type TestUser } from "../helpers/route-harness";

const ROOT = path.resolve(__dirname, "../..");
const WRITE_METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;

/** Writes anyone may call: they create credentials rather than use them. */
const PUBLIC_WRITES = new Set(["createAccount", "requestPasswordReset", "resetPassword", "unsubscribe"]);

const endpoints = Object.values(apiV1) as Endpoint[];
const guarded = endpoints.filter((e) => e.permission);

/** `/api/v1/claims/{id}/sources` → `app/api/v1/claims/[id]/sources/route.ts`. */
function routeFile(apiPath: string): string {
  return path.join(ROOT, "app", apiPath.replace(/\{(\w+)\}/g, "[$1]"), "route.ts");
}

function paramsOf(apiPath: string): Record<string, string> {
  return Object.fromEntries([...apiPath.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name!, "no-such-thing"]));
}

type Handler = Parameters<typeof callRoute>[0];

async function handlerOf(endpoint: Endpoint): Promise<Handler> {
  const mod = (await import(routeFile(endpoint.path))) as Record<string, Handler | undefined>;
  const handler = mod[endpoint.method];
  if (!handler) throw new Error(`${routeFile(endpoint.path)} exports no ${endpoint.method}`);
  return handler;
}

function call(endpoint: Endpoint, handler: Handler, headers: Record<string, string>) {
  const isWrite = endpoint.method !== "GET";
  return callRoute(handler, {
    method: endpoint.method,
    path: endpoint.path.replace(/\{(\w+)\}/g, "no-such-thing"),
    params: paramsOf(endpoint.path),
    headers: isWrite ? { "if-match": '"1"', ...headers } : headers,
    body: isWrite ? {} : undefined,
  });
}

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return routeFiles(full);
    return d.name === "route.ts" ? [full] : [];
  });
}

describe("every write under /api/v1 is a declared endpoint", () => {
  it("has a permission unless it is one of the public credential writes", () => {
    for (const e of endpoints.filter((x) => x.method !== "GET")) {
      if (PUBLIC_WRITES.has(e.operationId)) continue;
      expect(e.permission, `${e.method} ${e.path} (${e.operationId}) declares no permission`).toBeTruthy();
    }
  });

  it("exports no write handler that the endpoint list does not know", async () => {
    const declared = new Set(endpoints.map((e) => `${e.method} ${routeFile(e.path)}`));
    for (const file of routeFiles(path.join(ROOT, "app/api/v1"))) {
      if (file.includes("[...path]")) continue; // the catch-all answers 404 problem+json to everything
      const source = fs.readFileSync(file, "utf8");
      for (const method of WRITE_METHODS) {
        if (!new RegExp(`export (const|async function|function) ${method}\\b`).test(source)) continue;
        expect(declared.has(`${method} ${file}`), `${method} in ${path.relative(ROOT, file)} is not a declared endpoint`).toBe(true);
      }
    }
  });
});

describe.each(testDatabaseKinds())("permission matrix on %s", (kind) => {
  let db: TestDatabase;
  const users = {} as Record<Role | "DISABLED", TestUser>;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    useAsAppDatabase(db);
    for (const role of Object.values(Role)) users[role] = await createTestUser(db, role);
    users.DISABLED = await createTestUser(db, "ADMIN", { disabled: true });
  });
  afterAll(() => db?.destroy());

  it.each(guarded.map((e) => [`${e.method} ${e.path}`, e] as const))("%s", async (_name, endpoint) => {
    const handler = await handlerOf(endpoint);
    const anonymous = await call(endpoint, handler, {});
    expect(anonymous.status, "anonymous").toBe(401);
    expect(anonymous.headers.get("content-type")).toContain("application/problem+json");

    for (const via of ["bearer", "cookie"] as const) {
      const disabled = users.DISABLED;
      const creds: Record<string, string> = via === "bearer" ? { authorization: disabled.bearer } : { cookie: disabled.cookie, origin: TEST_ORIGIN };
      expect((await call(endpoint, handler, creds)).status, `disabled via ${via}`).toBe(401);
    }

    for (const role of Object.values(Role)) {
      const user = users[role];
      for (const via of ["bearer", "cookie"] as const) {
        const creds: Record<string, string> = via === "bearer" ? { authorization: user.bearer } : { cookie: user.cookie, origin: TEST_ORIGIN };
        const res = await call(endpoint, handler, creds);
        const label = `${role} via ${via} → ${res.status} ${res.text.slice(0, 200)}`;
        if (can(role, endpoint.permission!)) expect([401, 403], label).not.toContain(res.status);
        else expect(res.status, label).toBe(403);
      }
    }

    if (endpoint.method !== "GET") {
      const admin = users.ADMIN;
      const noOrigin = await call(endpoint, handler, { cookie: admin.cookie });
      expect(noOrigin.status, "cookie write without Origin").toBe(403);
      const foreign = await call(endpoint, handler, { cookie: admin.cookie, origin: "https://evil.example" });
      expect(foreign.status, "cookie write from another site").toBe(403);
      expect(String(foreign.json?.detail)).toContain("cross-site");
    }
  });
});
