import { PERMISSIONS, type Permission } from "./permissions";

export interface SignInNotice {
  tone: "error" | "info";
  message: string;
}

const GENERIC_FAILURE = "Wrong e-mail or password.";

/**
 * What next-auth's `?error=` codes (and our own) mean to the person signing
 * in. Failures that could tell whether an account exists — unknown address,
 * wrong password, disabled account — all read the same.
 */
const ERROR_MESSAGES: Record<string, string> = {
  CredentialsSignin: GENERIC_FAILURE,
  RateLimited: "Too many attempts, try again later.",
  EmailUnverified:
    "Confirm your e-mail address first: open the link we sent you when you signed up. No mail? Sign in with an e-mail link or reset your password: either proves the address.",
  VerifyLink: "This confirmation link is not valid, has been used or has expired. Sign in with an e-mail link or reset your password instead.",
  Verification: "This sign-in link has already been used or has expired. Ask for a new one.",
  AccessDenied: "This account can't sign in. If you think that is wrong, ask an administrator.",
  OAuthAccountNotLinked:
    "An account with this e-mail address already exists. Sign in with your password or an e-mail link first, then use “Continue with GitHub” to link GitHub to it.",
  GitHubEmail: "GitHub did not share a verified primary e-mail address, so we can't tell which account is yours.",
  EmailSignin: "The sign-in link could not be sent. Try again in a moment.",
  SessionRequired: "Please sign in to continue.",
};
const DEFAULT_ERROR = "Sign-in did not work. Please try again.";

/** Why someone was sent here without the right role (`?denied=<permission>`). */
function deniedMessage(permission: Permission): string {
  const roles = PERMISSIONS[permission] as readonly string[];
  if (roles.includes("SUBSCRIBER")) return "Please sign in to open that page.";
  if (roles.includes("EDITOR")) {
    return "Your account can't open that page; sign in with an account that has the editor role.";
  }
  return "Your account can't open that page; sign in with an account that has the admin role.";
}

function isPermission(value: string): value is Permission {
  return Object.hasOwn(PERMISSIONS, value);
}

/** The notice for the sign-in page's query, or null. Unknown values are never echoed. */
export function signInNotice(query: { error?: string; denied?: string; verified?: string }): SignInNotice | null {
  if (query.error) return { tone: "error", message: ERROR_MESSAGES[query.error] ?? DEFAULT_ERROR };
  if (query.verified) return { tone: "info", message: "Your e-mail address is confirmed: sign in with your password." };
  if (query.denied && isPermission(query.denied)) return { tone: "info", message: deniedMessage(query.denied) };
  return null;
}

/** The message for an error code the sign-in form got back from next-auth. */
export function signInErrorMessage(code: string): string {
  return ERROR_MESSAGES[code] ?? DEFAULT_ERROR;
}
