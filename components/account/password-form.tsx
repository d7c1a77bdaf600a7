"use client";

import { useState } from "react";
import { describeProblem, sendJson } from "@/lib/api/client/send-json";
import ui from "@/components/editor/editor.module.css";

/** Current and new password, through POST /api/v1/account/password. */
export function PasswordForm() {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    const form = new FormData(formEl);
    const newPassword = String(form.get("newPassword") ?? "");
    if (newPassword !== String(form.get("confirmPassword") ?? "")) {
      setMessage({ ok: false, text: "The new password and its confirmation differ." });
      return;
    }
    setBusy(true);
    const res = await sendJson("POST", "/api/v1/account/password", { currentPassword: String(form.get("currentPassword") ?? ""), newPassword });
    setBusy(false);
    setMessage(res.ok ? { ok: true, text: "Password changed. Other browsers signed in to this account are signed out." } : { ok: false, text: describeProblem(res.problem) });
    if (res.ok) formEl.reset();
  }

  return (
    <form className={ui.form} onSubmit={submit}>
      <div className={ui.field}>
        <label htmlFor="password-current">Current password</label>
        <input id="password-current" name="currentPassword" type="password" autoComplete="current-password" required />
      </div>
      <div className={ui.field}>
        <label htmlFor="password-new">New password</label>
        <input id="password-new" name="newPassword" type="password" autoComplete="new-password" required minLength={8} aria-describedby="password-new-hint" />
        <span id="password-new-hint" className={ui.hint}>
          At least 8 characters.
        </span>
      </div>
      <div className={ui.field}>
        <label htmlFor="password-confirm">Repeat the new password</label>
        <input id="password-confirm" name="confirmPassword" type="password" autoComplete="new-password" required minLength={8} />
      </div>
      {message ? (
        <p className={message.ok ? ui.success : ui.error} role="status">
          <span aria-hidden="true">{message.ok ? "✓ " : "✗ "}</span>
          {message.text}
        </p>
      ) : null}
      <div>
        <button type="submit" className={ui.button} disabled={busy}>
          {busy ? "Changing…" : "Change password"}
        </button>
      </div>
    </form>
  );
}
