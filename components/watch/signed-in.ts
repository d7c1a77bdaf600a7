// Whether the reader is signed in, asked once per page load and shared by every
// per-user control on a cached public page (model and board watch buttons).
let signedIn: Promise<boolean> | null = null;

/** Asks the session first: a signed-out reader's 401 from /api/v1/me/… would be a console error on every public page. */
export function isSignedIn(): Promise<boolean> {
  signedIn ??= fetch("/api/auth/session", { credentials: "same-origin" })
    .then(async (res) => (res.ok ? Boolean(((await res.json()) as { user?: unknown } | null)?.user) : false))
    .catch(() => false);
  return signedIn;
}
