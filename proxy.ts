// Security headers on every response (lib/web-security/security-headers.ts);
// on per-request pages, a fresh CSP nonce that Next applies to its scripts.
// A method an API path does not take gets a problem+json 405 here (Next's own has no body).
import { NextResponse, type NextRequest } from "next/server";
import { apiMethodNotAllowed } from "@/lib/api/method-not-allowed";
import { cameOverHttps, newNonce, securityHeaders, usesNonce } from "@/lib/web-security/security-headers";

export function proxy(request: NextRequest) {
  const nonce = usesNonce(request.nextUrl.pathname) ? newNonce() : null;
  const headers = securityHeaders({
    nonce,
    development: process.env.NODE_ENV === "development",
    https: cameOverHttps(request),
  });
  let response: Response;
  const refused = request.nextUrl.pathname.startsWith("/api/v1/") ? apiMethodNotAllowed(request.method, request.nextUrl.pathname) : null;
  if (refused) {
    response = refused;
  } else if (nonce) {
    // Next reads the nonce from the request's CSP header while rendering.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  } else {
    response = NextResponse.next();
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Not on build assets: they are immutable files that carry no active content of ours.
  // Not on the upload endpoints (battles, snapshots, OPML, source backfills): Next buffers the whole body of a
  // request the proxy sees, and cuts it at proxyClientMaxBodySize (next.config.js). apiRoute()
  // sets their security headers; a method they do not take gets Next's own 405 (no body).
  // A static string: Next reads it at build time. tests/unit/proxy-matcher.test.ts holds it to
  // the endpoints that declare a larger body.
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|api/v1/leaderboards/[^/]+/battles$|api/v1/leaderboards/[^/]+/snapshots$|api/v1/feeds/opml$|api/v1/leaderboards/[^/]+/sources/[^/]+/backfill$).*)",
  ],
};
