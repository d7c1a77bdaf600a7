// Signs in through next-auth's real HTTP flow (CSRF token, then the password
// callback) and returns the session cookie: for e2e tests and for taking
// screenshots of signed-in pages. As a script it prints the Cookie header:
//   npx tsx tests/helpers/sign-in-over-http.ts http://127.0.0.1:3100 editor@modelwatch.local modelwatch-editor

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

export interface SessionCookie {
  name: string;
  value: string;
  /** `name=value`, ready for a Cookie header. */
  header: string;
}

export async function signInOverHttp(baseUrl: string, email: string, password: string): Promise<SessionCookie> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const res = await fetch(`${baseUrl}/api/auth/callback/password`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin: baseUrl },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
  });
  const session = cookiesOf(res).find((c) => c.includes("modelwatch.session="));
  if (!session) throw new Error(`sign-in as ${email} failed: HTTP ${res.status} ${await res.text()}`);
  const eq = session.indexOf("=");
  return { name: session.slice(0, eq), value: session.slice(eq + 1), header: session };
}

/**
 * Creates a SUBSCRIBER account through the public sign-up endpoint and opens the confirmation
 * link the site mailed (to `mail`, the server's SMTP listener), so the password works.
 * Returns the sign-up's HTTP status, which is the caller's to check.
 */
export async function signUpOverHttp(
  baseUrl: string,
  email: string,
  password: string,
  mail: { waitFor(to: string, timeoutMs?: number): Promise<{ text: string }> },
): Promise<number> {
  const res = await fetch(`${baseUrl}/api/v1/account`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password }) });
  if (res.status !== 200) return res.status;
  const { text } = await mail.waitFor(email, 30_000);
  const link = text.split(/\s+/).find((word) => word.startsWith(`${baseUrl}/confirm-address/`));
  if (!link) throw new Error(`no confirmation link in the mail to ${email}:\n${text}`);
  const confirmed = await fetch(link, { redirect: "manual" });
  if (confirmed.headers.get("location") !== `${baseUrl}/signin?verified=1`) throw new Error(`confirming ${email} failed: ${confirmed.status}`);
  return res.status;
}

if (process.argv[1]?.endsWith("sign-in-over-http.ts")) {
  const [baseUrl, email, password] = process.argv.slice(2);
  if (!baseUrl || !email || !password) {
    console.error("usage: sign-in-over-http.ts <baseUrl> <email> <password>");
    process.exit(2);
  }
  signInOverHttp(baseUrl, email, password).then(
    (c) => console.log(c.header),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
