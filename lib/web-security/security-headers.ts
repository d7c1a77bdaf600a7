// The security headers every response carries (applied in proxy.ts).
//
// Scripts: Next's App Router inlines its RSC payload as <script> tags, so a
// CSP without 'unsafe-inline' needs a per-request nonce, and a nonce needs the
// page rendered per request. The signed-in and sign-in pages are rendered per
// request anyway, so they get `'nonce-…' 'strict-dynamic'` and no
// 'unsafe-inline'. Public pages are prerendered or served from the page cache
// (one HTML for everyone, no nonce possible): they keep 'unsafe-inline' for
// scripts, and everything else — frame-ancestors, object-src, base-uri,
// form-action, connect-src — stays as strict as on the nonce pages.
// Styles allow 'unsafe-inline' everywhere: React and the charts set style
// attributes, which a nonce cannot cover.

/** Path prefixes whose pages are always rendered per request: they get a nonce-based script policy. */
export const NONCE_PATH_PREFIXES = ["/editor", "/admin", "/account", "/watchlist", "/inbox", "/unsubscribe", "/signin", "/reset-password"] as const;

export function usesNonce(pathname: string): boolean {
  return NONCE_PATH_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

export interface SecurityHeaderOptions {
  /** Set on pages rendered per request (usesNonce). */
  nonce: string | null;
  /** `next dev`: React needs eval for its error overlays and stacks. */
  development: boolean;
  /** Served over HTTPS (directly or behind a TLS-terminating proxy). */
  https: boolean;
}

export function contentSecurityPolicy({ nonce, development, https }: SecurityHeaderOptions): string {
  const scripts = nonce ? ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"] : ["'self'", "'unsafe-inline'"];
  if (development) scripts.push("'unsafe-eval'");
  const directives = [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  // Browsers ignore HSTS over plain HTTP; sending it only over HTTPS keeps local setups simple.
  if (options.https) headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  return headers;
}

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString("base64");
}

/** Whether a request came over HTTPS, directly or through a TLS-terminating proxy. */
export function cameOverHttps(request: Request): boolean {
  return new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
}

/** The headers proxy.ts would set, for the few API paths it does not run on (uploads: see its matcher). */
export function withSecurityHeaders(response: Response, request: Request): Response {
  const headers = securityHeaders({ nonce: null, development: process.env.NODE_ENV === "development", https: cameOverHttps(request) });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
