// Calls Next route handlers in-process against a real test database, with
// real Request objects: how integration tests exercise the API's auth,
// validation and domain code on PGlite and PostgreSQL without a build.
import { encode } from "next-auth/jwt";
import type { DatabaseHandle } from "@/lib/db";
import { authSecret, sessionCookieName } from "@/lib/auth/auth-secret";
import { createApiToken } from "@/lib/auth/create-api-token";
import { createUser } from "@/lib/auth/create-user";
import type { Role } from "@/lib/db/enums";
import { getEnv } from "@/lib/env";

export const TEST_ORIGIN = "http://modelwatch.test";

/** Makes `db` the database getDb() returns in this test process (route handlers use getDb()). */
export function useAsAppDatabase(db: DatabaseHandle): void {
  (globalThis as { __modelwatchDb?: Promise<DatabaseHandle> }).__modelwatchDb = Promise.resolve(db);
}

export interface TestUser {
  id: string;
  email: string;
  role: Role;
  /** `Authorization` header value with a fresh API token of this user. */
  bearer: string;
  /** `Cookie` header value with a signed session of this user. */
  cookie: string;
}

let counter = 0;

/** A user with the role, an API token and a session cookie. */
export async function createTestUser(db: DatabaseHandle, role: Role, opts: { disabled?: boolean } = {}): Promise<TestUser> {
  counter += 1;
  const email = `${role.toLowerCase()}-${process.pid}-${counter}-${Math.random().toString(36).slice(2, 6)}@test.local`;
  const user = await createUser(db.db, { email, password: "correct horse battery staple", role });
  const { token } = await createApiToken(db.db, { userId: user.id, name: "test" });
  if (opts.disabled) await db.db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
  const env = getEnv();
  const jwt = await encode({ token: { sub: user.id, sid: `test-session-${counter}` }, secret: authSecret(env) });
  return { id: user.id, email, role, bearer: `Bearer ${token}`, cookie: `${sessionCookieName(env)}=${jwt}` };
}

type Handler = (request: Request, ctx: { params: Promise<Record<string, string | string[] | undefined>> }) => Promise<Response>;

export interface CallOptions {
  method?: string;
  /** Path and query, e.g. `/api/v1/claims/abc`. */
  path: string;
  params?: Record<string, string>;
  headers?: Record<string, string>;
  /** JSON body (serialised) or raw text. */
  body?: unknown;
}

/** Calls a route handler with a real Request; returns status, headers and the parsed body. */
export async function callRoute(handler: Handler, opts: CallOptions) {
  const headers = new Headers(opts.headers);
  let body: string | undefined;
  if (opts.body !== undefined) {
    body = typeof opts.body === "string" ? opts.body : JSON.stringify(opts.body);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  const request = new Request(`${TEST_ORIGIN}${opts.path}`, { method: opts.method ?? "GET", headers, body });
  const response = await handler(request, { params: Promise.resolve(opts.params ?? {}) });
  const text = await response.text();
  const type = response.headers.get("content-type") ?? "";
  const json: unknown = type.includes("json") && text ? JSON.parse(text) : undefined;
  return { status: response.status, headers: response.headers, text, json: json as Record<string, unknown> | undefined };
}
