"use client";

import Link from "next/link";
import { useState } from "react";
import { describeProblem, sendJson } from "@/lib/api/client/send-json";
import { Notice } from "./notice";
import styles from "./sign-in.module.css";

export function PasswordResetForm({ token, minLength }: { token: string; minLength: number }) {
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (password !== repeat) {
      setError("The two passwords differ. Type the same new password twice.");
      return;
    }
    setBusy(true);
    setError(null);
    const res = await sendJson<{ data: { message: string } }>("POST", "/api/v1/password-reset/confirm", { token, password });
    if (res.ok) setDone(res.data.data.message);
    else setError(describeProblem(res.problem));
    setBusy(false);
  }

  if (done) {
    return (
      <>
        <Notice tone="success">{done}</Notice>
        <Link href="/signin" className={styles.primary}>
          Go to sign in
        </Link>
      </>
    );
  }
  return (
    <>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <form className={styles.form} method="post" onSubmit={submit}>
        <div className={styles.field}>
          <label htmlFor="reset-password">New password</label>
          <input
            id="reset-password"
            name="password"
            type="password"
            autoComplete="new-password"
            minLength={minLength}
            required
            aria-describedby="reset-password-hint"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <span id="reset-password-hint" className={styles.hint}>
            At least {minLength} characters. A few unrelated words make a strong one.
          </span>
        </div>
        <div className={styles.field}>
          <label htmlFor="reset-repeat">New password, again</label>
          <input
            id="reset-repeat"
            name="repeat"
            type="password"
            autoComplete="new-password"
            minLength={minLength}
            required
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
          />
        </div>
        <button type="submit" className={styles.primary} disabled={busy}>
          {busy ? "Saving…" : "Set new password"}
        </button>
      </form>
    </>
  );
}
