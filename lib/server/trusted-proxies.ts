// Which peers may tell us who the client is. A reverse proxy appends the address it
// saw to X-Forwarded-For and sets X-Forwarded-Host/Proto; anyone else can write
// whatever they like in those headers, so they count only when the socket's peer
// (and each hop before it) is a proxy the operator listed in TRUSTED_PROXIES.
import net from "node:net";

/** Header our server sets to the client's address after checking the proxy chain; a client-sent one is dropped. */
export const CLIENT_IP_HEADER = "x-modelwatch-client-ip";

/** Parses "10.0.0.0/8, 127.0.0.1, ::1" into a matcher; throws with the offending entry on a bad one. */
export function parseTrustedProxies(list: string | undefined): net.BlockList {
  const blocks = new net.BlockList();
  for (const raw of (list ?? "").split(",")) {
    const entry = raw.trim();
    if (!entry) continue;
    const [address = "", prefix, ...rest] = entry.split("/");
    const family = net.isIP(address);
    const bits = prefix === undefined ? null : Number(prefix);
    const maxBits = family === 6 ? 128 : 32;
    if (!family || rest.length || (bits !== null && (!Number.isInteger(bits) || bits < 0 || bits > maxBits) || prefix === "")) {
      throw new Error(`"${entry}" is not an IP address or CIDR range (e.g. 10.0.0.0/8, 127.0.0.1, ::1)`);
    }
    const type = family === 6 ? "ipv6" : "ipv4";
    if (bits === null) blocks.addAddress(address, type);
    else blocks.addSubnet(address, bits, type);
  }
  return blocks;
}

/** "::ffff:10.0.0.1" (an IPv4 peer on a dual-stack socket) → "10.0.0.1". */
function plainAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

function isTrusted(trusted: net.BlockList, address: string): boolean {
  const family = net.isIP(address);
  return family !== 0 && trusted.check(address, family === 6 ? "ipv6" : "ipv4");
}

export interface ForwardedFacts {
  /** The client's address: the socket peer, or the nearest untrusted hop a trusted proxy reported. */
  clientIp: string | null;
  /** Whether the socket peer is a trusted proxy (only then do X-Forwarded-Host/Proto count). */
  peerTrusted: boolean;
}

/** Walks X-Forwarded-For from the right while each hop is a trusted proxy (as Express's `trust proxy` list does). */
export function forwardedFacts(socketAddress: string | undefined, forwardedFor: string | undefined, trusted: net.BlockList): ForwardedFacts {
  if (!socketAddress) return { clientIp: null, peerTrusted: false };
  let client = plainAddress(socketAddress);
  const peerTrusted = isTrusted(trusted, client);
  const hops = (forwardedFor ?? "").split(",").map((h) => plainAddress(h.trim())).filter(Boolean);
  while (isTrusted(trusted, client) && hops.length) {
    const next = hops.pop()!;
    if (!net.isIP(next)) break; // garbage in the chain: stop at the last address we could vouch for
    client = next;
  }
  return { clientIp: client, peerTrusted };
}

type RequestHeaders = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(",") : value);

/**
 * Rewrites an incoming request's headers in place before Next sees them: the client
 * address goes in CLIENT_IP_HEADER (whatever the client sent there is replaced), and
 * X-Forwarded-* survive only from a trusted proxy. Next then fills X-Forwarded-Host/Proto/For
 * from the Host header and the socket itself, so everything downstream (request.url,
 * the same-origin check, HSTS, rate limits) sees facts, not claims.
 */
export function normalizeForwardedHeaders(headers: RequestHeaders, socketAddress: string | undefined, trusted: net.BlockList): void {
  const { clientIp, peerTrusted } = forwardedFacts(socketAddress, first(headers["x-forwarded-for"]), trusted);
  delete headers[CLIENT_IP_HEADER];
  delete headers["x-real-ip"];
  delete headers["forwarded"];
  delete headers["x-forwarded-for"];
  if (!peerTrusted) {
    delete headers["x-forwarded-host"];
    delete headers["x-forwarded-proto"];
    delete headers["x-forwarded-port"];
  } else {
    // Several proxies may each have added one: the outermost (first) saw the browser's request.
    for (const name of ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"]) {
      const value = first(headers[name]);
      if (value) headers[name] = value.split(",")[0]!.trim();
    }
  }
  if (clientIp) {
    headers[CLIENT_IP_HEADER] = clientIp;
    headers["x-forwarded-for"] = clientIp;
  }
}
