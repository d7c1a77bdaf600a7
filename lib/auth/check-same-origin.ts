import { ForbiddenError } from "../errors";

/**
 * A cookie-authenticated write must come from our own pages: browsers send
 * Origin on every cross-site POST/PATCH/DELETE, so a missing or foreign Origin
 * is refused (CSRF). Token-authenticated calls carry no ambient credentials
 * and are not checked.
 */
export function checkSameOrigin(request: Request, siteOrigin: string | undefined): void {
  const origin = request.headers.get("origin");
  if (!origin) throw new ForbiddenError("A signed-in browser write must carry an Origin header.");
  const allowed = new Set<string>([new URL(request.url).origin]);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (host) {
    const proto = request.headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "");
    allowed.add(`${proto}://${host}`);
  }
  if (siteOrigin) allowed.add(new URL(siteOrigin).origin);
  if (!allowed.has(origin)) throw new ForbiddenError(`Writes from ${origin} are not accepted: cross-site request refused.`);
}
