import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, securityHeaders, usesNonce } from "@/lib/web-security/security-headers";

function directives(csp: string): Map<string, string> {
  return new Map(csp.split("; ").map((d) => [d.split(" ")[0]!, d.slice(d.indexOf(" ") + 1)]));
}

describe("security headers", () => {
  it("gives per-request pages a nonce policy without 'unsafe-inline' scripts", () => {
    const csp = directives(contentSecurityPolicy({ nonce: "abc123==", development: false, https: false }));
    expect(csp.get("script-src")).toBe("'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(csp.get("script-src")).not.toContain("unsafe-inline");
    expect(csp.get("script-src")).not.toContain("unsafe-eval");
  });

  it("keeps cached public pages strict everywhere but inline scripts", () => {
    const csp = directives(contentSecurityPolicy({ nonce: null, development: false, https: false }));
    expect(csp.get("script-src")).toBe("'self' 'unsafe-inline'");
    expect(csp.get("frame-ancestors")).toBe("'none'");
    expect(csp.get("default-src")).toBe("'self'");
    expect(csp.get("img-src")).toContain("data:");
    expect(csp.get("style-src")).toBe("'self' 'unsafe-inline'");
    expect(csp.get("object-src")).toBe("'none'");
    expect(csp.get("form-action")).toBe("'self'");
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
  });

  it("allows eval only in development", () => {
    expect(contentSecurityPolicy({ nonce: null, development: true, https: false })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: "n", development: false, https: true })).not.toContain("'unsafe-eval'");
  });

  it("sends the fixed headers always and HSTS only over HTTPS", () => {
    const plain = securityHeaders({ nonce: null, development: false, https: false });
    expect(plain).toMatchObject({
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
    });
    expect(plain["Permissions-Policy"]).toContain("camera=()");
    expect(plain["Strict-Transport-Security"]).toBeUndefined();
    const secure = securityHeaders({ nonce: null, development: false, https: true });
    expect(secure["Strict-Transport-Security"]).toMatch(/^max-age=\d{8,}/);
    expect(secure["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
  });

  it("uses nonces on the signed-in and sign-in pages only", () => {
    for (const p of ["/editor", "/editor/queue", "/admin/users", "/account", "/signin", "/signin/check-email", "/reset-password/tok"]) {
      expect(usesNonce(p), p).toBe(true);
    }
    for (const p of ["/", "/models/x", "/leaderboards/y", "/editorial", "/signing", "/api/v1/models"]) {
      expect(usesNonce(p), p).toBe(false);
    }
  });

  it("makes a fresh 128-bit nonce each time", () => {
    const a = newNonce();
    expect(Buffer.from(a, "base64")).toHaveLength(16);
    expect(newNonce()).not.toBe(a);
  });
});
