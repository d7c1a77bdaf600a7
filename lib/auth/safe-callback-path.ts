const PROBE_ORIGIN = "http://modelwatch.invalid";

/**
 * Where to go after signing in: a path on this site, never another site (no
 * open redirect). Anything else — absolute URLs, protocol-relative `//host`,
 * backslash tricks, control characters — falls back to `fallback`.
 */
export function safeCallbackPath(raw: string | null | undefined, fallback = "/"): string {
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PROBE_ORIGIN) return fallback;
  // Never bounce back into the auth endpoints themselves.
  if (url.pathname.startsWith("/api/auth/")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
