import { describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER, forwardedFacts, normalizeForwardedHeaders, parseTrustedProxies } from "@/lib/server/trusted-proxies";

describe("forwardedFacts", () => {
  const none = parseTrustedProxies(undefined);
  const proxies = parseTrustedProxies("10.0.0.0/8, 127.0.0.1, ::1");

  it("with no trusted proxy the client is the socket's peer, whatever X-Forwarded-For says", () => {
    expect(forwardedFacts("192.0.2.7", "203.0.113.9", none)).toEqual({ clientIp: "192.0.2.7", peerTrusted: false });
    expect(forwardedFacts("::ffff:127.0.0.1", "203.0.113.9", none)).toEqual({ clientIp: "127.0.0.1", peerTrusted: false });
  });

  it("walks X-Forwarded-For from the right through trusted proxies only", () => {
    // The client wrote "1.1.1.1" itself; the outer proxy 10.0.0.2 appended the address it saw.
    expect(forwardedFacts("127.0.0.1", "1.1.1.1, 198.51.100.4, 10.0.0.2", proxies)).toEqual({ clientIp: "198.51.100.4", peerTrusted: true });
    expect(forwardedFacts("::1", "198.51.100.4", proxies).clientIp).toBe("198.51.100.4");
    // An untrusted peer's header counts for nothing.
    expect(forwardedFacts("192.0.2.7", "198.51.100.4", proxies).clientIp).toBe("192.0.2.7");
  });

  it("stops at garbage and at the end of the chain", () => {
    expect(forwardedFacts("127.0.0.1", "not-an-ip, 10.0.0.3", proxies).clientIp).toBe("10.0.0.3");
    expect(forwardedFacts("127.0.0.1", "10.0.0.3", proxies).clientIp).toBe("10.0.0.3");
    expect(forwardedFacts("127.0.0.1", undefined, proxies).clientIp).toBe("127.0.0.1");
    expect(forwardedFacts(undefined, "198.51.100.4", proxies)).toEqual({ clientIp: null, peerTrusted: false });
  });
});

describe("normalizeForwardedHeaders", () => {
  const proxies = parseTrustedProxies("127.0.0.2");
  const spoofed = () => ({
    host: "site.example",
    "x-forwarded-for": "203.0.113.9",
    "x-forwarded-host": "evil.example",
    "x-forwarded-proto": "https",
    "x-real-ip": "203.0.113.9",
    [CLIENT_IP_HEADER]: "203.0.113.9",
  });

  it("drops what a client claims and records the socket's peer", () => {
    const headers: Record<string, string | string[] | undefined> = spoofed();
    normalizeForwardedHeaders(headers, "127.0.0.1", proxies);
    expect(headers).toEqual({ host: "site.example", "x-forwarded-for": "127.0.0.1", [CLIENT_IP_HEADER]: "127.0.0.1" });
  });

  it("keeps what a trusted proxy reports, one value each", () => {
    const headers: Record<string, string | string[] | undefined> = { ...spoofed(), "x-forwarded-proto": "https, http" };
    normalizeForwardedHeaders(headers, "127.0.0.2", proxies);
    expect(headers).toEqual({
      host: "site.example",
      "x-forwarded-for": "203.0.113.9",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
      [CLIENT_IP_HEADER]: "203.0.113.9",
    });
  });
});
