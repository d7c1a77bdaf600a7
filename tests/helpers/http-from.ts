// HTTP requests from a chosen loopback address: the server sees a different socket peer
// for 127.0.0.1 and 127.0.0.2, so one server can be tested both from a client and from a
// trusted reverse proxy (TRUSTED_PROXIES=127.0.0.2). fetch cannot pick its source address.
import http from "node:http";

export const DIRECT = "127.0.0.1";
export const PROXY = "127.0.0.2";

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** `name=value` of each Set-Cookie. */
  cookies: string[];
  json<T>(): T;
}

export interface RequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Source address: DIRECT (default) or PROXY. */
  from?: string;
}

export function request(url: string, init: RequestInit = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: init.method ?? "GET", headers: init.headers, localAddress: init.from ?? DIRECT }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const body = Buffer.concat(chunks).toString("utf8");
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body,
          cookies: (res.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]!),
          json: <T>() => JSON.parse(body) as T,
        });
      });
    });
    req.on("error", reject);
    if (init.body !== undefined) req.write(init.body);
    req.end();
  });
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

export interface AuthAttempt {
  /** The session cookie (`name=value`) when signed in. */
  session: string | null;
  /** next-auth's `?error=` code when refused. */
  error: string | null;
  /** Where next-auth sends the browser next. */
  url: string;
}

/** One password sign-in through next-auth's own route (CSRF token, then the credentials callback). */
export async function passwordSignIn(
  base: string,
  email: string,
  password: string,
  opts: { from?: string; forwardedFor?: string; callbackUrl?: string } = {},
): Promise<AuthAttempt> {
  const headers: Record<string, string> = opts.forwardedFor ? { "x-forwarded-for": opts.forwardedFor } : {};
  const csrf = await request(`${base}/api/auth/csrf`, { from: opts.from, headers });
  const { csrfToken } = csrf.json<{ csrfToken: string }>();
  const res = await request(`${base}/api/auth/callback/password`, {
    method: "POST",
    from: opts.from,
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: csrf.cookies.join("; "), origin: base },
    body: form({ csrfToken, email, password, json: "true", ...(opts.callbackUrl ? { callbackUrl: opts.callbackUrl } : {}) }),
  });
  const session = res.cookies.find((c) => c.includes("modelwatch.session=")) ?? null;
  // With json=true next-auth answers { url } (status 200, or 401 for a refusal) instead of a redirect.
  const target = typeof res.headers.location === "string" ? res.headers.location : String(res.headers["content-type"]).includes("json") ? (res.json<{ url?: string }>().url ?? "") : "";
  const error = target ? new URL(target, base).searchParams.get("error") : null;
  return { session, error, url: target };
}

/** Asks for an e-mail sign-in link through next-auth's route; the mail goes to the server's SMTP listener. */
export async function requestSignInLink(base: string, email: string, callbackUrl = "/watchlist"): Promise<RawResponse> {
  const csrf = await request(`${base}/api/auth/csrf`);
  const { csrfToken } = csrf.json<{ csrfToken: string }>();
  return request(`${base}/api/auth/signin/email`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrf.cookies.join("; "), origin: base },
    body: form({ csrfToken, email, callbackUrl, json: "true" }),
  });
}

/** Signs out through next-auth's route with the session cookie. */
export async function signOut(base: string, session: string, callbackUrl = "/"): Promise<RawResponse> {
  const csrf = await request(`${base}/api/auth/csrf`, { headers: { cookie: session } });
  const { csrfToken } = csrf.json<{ csrfToken: string }>();
  return request(`${base}/api/auth/signout`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: [...csrf.cookies, session].join("; "), origin: base },
    body: form({ csrfToken, callbackUrl, json: "true" }),
  });
}

/** The first link in a mail's text that starts with `prefix` (an absolute URL on the site). */
export function linkIn(text: string, prefix: string): string {
  const link = text.split(/\s+/).find((word) => word.startsWith(prefix));
  if (!link) throw new Error(`no link starting with ${prefix} in:\n${text}`);
  return link;
}
