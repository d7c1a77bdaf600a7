"use client";

import { useState } from "react";
import { describeProblem, sendJson } from "@/lib/api/client/send-json";
import { Notice } from "./notice";
import styles from "./sign-in.module.css";

export function PasswordResetRequestForm() {
  const [email, setEmail] = useState("");
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setResult(null);
    const res = await sendJson<{ data: { message: string } }>("POST", "/api/v1/password-reset", { email });
    setResult(res.ok ? { ok: true, message: res.data.data.message } : { ok: false, message: describeProblem(res.problem) });
    setBusy(false);
  }

  return (
    <>
      {result ? <Notice tone={result.ok ? "success" : "error"}>{result.message}</Notice> : null}
      <form className={styles.form} method="post" onSubmit={submit}>
        <div className={styles.field}>
          <label htmlFor="reset-email">E-mail</label>
          <input
            id="reset-email"
            name="email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <button type="submit" className={styles.primary} disabled={busy}>
          {busy ? "Sending…" : "Send me a reset link"}
        </button>
      </form>
    </>
  );
}
