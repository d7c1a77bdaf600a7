"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useState } from "react";
import { signInErrorMessage, type SignInNotice } from "@/lib/auth/sign-in-notice";
import { Notice } from "./notice";
import styles from "./sign-in.module.css";

export interface SignInFormProps {
  /** A path on this site (already sanitised by the page). */
  callbackUrl: string;
  emailLink: boolean;
  github: boolean;
  notice: SignInNotice | null;
}

type Busy = null | "password" | "email" | "github";

export function SignInForm({ callbackUrl, emailLink, github, notice }: SignInFormProps) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(notice?.tone === "error" ? notice.message : null);
  const [sent, setSent] = useState(false);

  async function withPassword(event: React.FormEvent) {
    event.preventDefault();
    setBusy("password");
    setError(null);
    setSent(false);
    try {
      const result = await signIn("password", { redirect: false, email, password, callbackUrl });
      if (result?.ok && !result.error) {
        // A full load, so the header and every server component see the new session.
        window.location.assign(callbackUrl);
        return;
      }
      setError(signInErrorMessage(result?.error ?? "Default"));
    } catch {
      setError("The server could not be reached. Try again.");
    }
    setBusy(null);
  }

  async function withEmailLink() {
    if (!email) {
      setError("Enter your e-mail address first, then ask for a link.");
      return;
    }
    setBusy("email");
    setError(null);
    try {
      const result = await signIn("email", { redirect: false, email, callbackUrl });
      if (result?.error) setError(signInErrorMessage(result.error));
      else setSent(true);
    } catch {
      setError("The server could not be reached. Try again.");
    }
    setBusy(null);
  }

  async function withGitHub() {
    setBusy("github");
    await signIn("github", { callbackUrl });
  }

  return (
    <>
      {notice?.tone === "info" ? <Notice tone="info">{notice.message}</Notice> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      {sent ? (
        <Notice tone="success">
          Check your inbox: a sign-in link for {email} is on its way. It works once, for 15 minutes.
        </Notice>
      ) : null}

      {/* method="post": a click before hydration must never put the password in a URL. */}
      <form className={styles.form} method="post" onSubmit={withPassword}>
        <div className={styles.field}>
          <label htmlFor="signin-email">E-mail</label>
          <input
            id="signin-email"
            name="email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className={styles.field}>
          <div className={styles.labelRow}>
            <label htmlFor="signin-password">Password</label>
            {emailLink ? <Link href="/reset-password">Forgot password?</Link> : null}
          </div>
          <input
            id="signin-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <button type="submit" className={styles.primary} disabled={busy !== null}>
          {busy === "password" ? "Signing in…" : "Sign in"}
        </button>
      </form>

      {emailLink || github ? <p className={styles.divider}>or</p> : null}
      {emailLink ? (
        <button type="button" className={styles.secondary} onClick={withEmailLink} disabled={busy !== null}>
          {busy === "email" ? "Sending…" : "Email me a sign-in link"}
        </button>
      ) : null}
      {github ? (
        <button type="button" className={styles.github} onClick={withGitHub} disabled={busy !== null}>
          <GitHubMark />
          {busy === "github" ? "Opening GitHub…" : "Continue with GitHub"}
        </button>
      ) : null}
    </>
  );
}

function GitHubMark() {
  return (
    <svg width="18" height="18" viewBox="0 0 16 16" aria-hidden="true" focusable="false" fill="currentColor">
      <path d="M8 0C3.58 0 0 3.58 0 8c0 3.54 2.29 6.53 5.47 7.59.4.07.55-.17.55-.38 0-.19-.01-.82-.01-1.49-2.01.37-2.53-.49-2.69-.94-.09-.23-.48-.94-.82-1.13-.28-.15-.68-.52-.01-.53.63-.01 1.08.58 1.23.82.72 1.21 1.87.87 2.33.66.07-.52.28-.87.51-1.07-1.78-.2-3.64-.89-3.64-3.95 0-.87.31-1.59.82-2.15-.08-.2-.36-1.02.08-2.12 0 0 .67-.21 2.2.82.64-.18 1.32-.27 2-.27.68 0 1.36.09 2 .27 1.53-1.04 2.2-.82 2.2-.82.44 1.1.16 1.92.08 2.12.51.56.82 1.27.82 2.15 0 3.07-1.87 3.75-3.65 3.95.29.25.54.73.54 1.48 0 1.07-.01 1.93-.01 2.2 0 .21.15.46.55.38A8.013 8.013 0 0016 8c0-4.42-3.58-8-8-8z" />
    </svg>
  );
}
