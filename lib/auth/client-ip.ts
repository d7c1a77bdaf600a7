type HeaderSource = Headers | Record<string, unknown> | undefined;

function header(headers: HeaderSource, name: string): string | null {
  if (!headers) return null;
  if (headers instanceof Headers) return headers.get(name);
  const value = headers[name];
  return typeof value === "string" && value ? value : null;
}

/**
 * The client's address as the reverse proxy in front of us reports it, for
 * rate limits only: it is spoofable without a proxy, so it is one of two
 * limits (the other is per account) and never an identity.
 */
export function clientIp(headers: HeaderSource): string | null {
  const forwarded = header(headers, "x-forwarded-for");
  if (forwarded) return forwarded.split(",")[0]!.trim() || null;
  return header(headers, "x-real-ip");
}
