import { describe, expect, it } from "vitest";
import { buildProviders, signInMethods } from "@/lib/auth/auth-providers";
import { signInErrorMessage, signInNotice } from "@/lib/auth/sign-in-notice";
import { EnvError, getEnv } from "@/lib/env";
import { passwordResetMessage } from "@/lib/mail/link-message";

const mailer = { send: async () => {} };

/** next-auth applies a provider's options (with our `id`) over its defaults when it starts. */
function ids(providers: ReturnType<typeof buildProviders>): string[] {
  return providers.map((p) => (p.options as { id?: string } | undefined)?.id ?? p.id);
}

describe("sign-in methods follow the configuration", () => {
  it("offers only the password without SMTP or GitHub", () => {
    const env = getEnv({});
    expect(ids(buildProviders(env, null))).toEqual(["password"]);
    expect(signInMethods(env)).toEqual({ password: true, emailLink: false, github: false });
  });

  it("adds e-mail links with SMTP_URL and GitHub with its id and secret", () => {
    const env = getEnv({ SMTP_URL: "smtp://127.0.0.1:2525", GITHUB_ID: "id", GITHUB_SECRET: "secret" });
    expect(ids(buildProviders(env, mailer))).toEqual(["password", "email", "github"]);
    expect(signInMethods(env)).toEqual({ password: true, emailLink: true, github: true });
  });

  it("refuses half a GitHub configuration, a bad SMTP URL, and production mail without a site URL", () => {
    expect(() => getEnv({ GITHUB_ID: "id" })).toThrow(/GITHUB_ID, GITHUB_SECRET/);
    expect(() => getEnv({ SMTP_URL: "http://mail" })).toThrow(/SMTP_URL/);
    expect(() => getEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(32), SMTP_URL: "smtps://u:p@mail:465" })).toThrow(EnvError);
    expect(getEnv({ SMTP_URL: "" }).mailEnabled).toBe(false);
  });
});

describe("sign-in notices", () => {
  it("says the same for every credential failure and names rate limits", () => {
    expect(signInNotice({ error: "CredentialsSignin" })).toEqual({ tone: "error", message: "Wrong e-mail or password." });
    expect(signInErrorMessage("RateLimited")).toBe("Too many attempts, try again later.");
    expect(signInErrorMessage("SomethingNew")).toBe("Sign-in did not work. Please try again.");
  });

  it("explains which role a denied page needs and never echoes unknown input", () => {
    expect(signInNotice({ denied: "claims.edit" })?.message).toContain("editor role");
    expect(signInNotice({ denied: "users.manage" })?.message).toContain("admin role");
    expect(signInNotice({ denied: "account.manage" })?.message).toBe("Please sign in to open that page.");
    expect(signInNotice({ denied: "<script>" })).toBeNull();
    expect(signInNotice({ denied: "toString" })).toBeNull();
  });
});

describe("link messages", () => {
  it("carry the link in text and escaped in HTML", () => {
    const m = passwordResetMessage("ann@example.org", "https://mw.example/reset-password/a\"b<c");
    expect(m.text).toContain("https://mw.example/reset-password/a\"b<c");
    expect(m.html).toContain('href="https://mw.example/reset-password/a&quot;b&lt;c"');
    expect(m.html).not.toContain("<c");
  });
});
