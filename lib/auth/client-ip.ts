import { CLIENT_IP_HEADER } from "../server/trusted-proxies";

type HeaderSource = Headers | Record<string, unknown> | undefined;

/**
 * The client's address, for rate limits: what our server (scripts/serve.ts) put in
 * CLIENT_IP_HEADER after checking X-Forwarded-For against TRUSTED_PROXIES. Never the
 * raw X-Forwarded-For, which anyone can write.
 */
export function clientIp(headers: HeaderSource): string | null {
  if (!headers) return null;
  const value = headers instanceof Headers ? headers.get(CLIENT_IP_HEADER) : headers[CLIENT_IP_HEADER];
  return typeof value === "string" && value ? value : null;
}
