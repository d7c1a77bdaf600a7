"use client";

import { useState } from "react";
import { describeProblem, sendJson, type ProblemBody } from "@/lib/api/client/send-json";
import ui from "@/components/editor/editor.module.css";
import styles from "./sign-up.module.css";

type Field = "name" | "email" | "password";

/**
 * Creates the account through POST /api/v1/account. The answer is "check your mail" whether
 * or not the address already had an account; the password works once the mailed link is opened.
 */
export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<{ email: string; message: string } | null>(null);
  const [problem, setProblem] = useState<ProblemBody | null>(null);

  const fieldError = (field: Field) => problem?.errors?.find((e) => e.name === field)?.reason;

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "");
    const password = String(form.get("password") ?? "");
    const name = String(form.get("name") ?? "").trim();
    setBusy(true);
    setProblem(null);
    const created = await sendJson<{ data: { message: string } }>("POST", "/api/v1/account", { email, password, ...(name ? { name } : {}) });
    setBusy(false);
    if (!created.ok) {
      setProblem(created.problem);
      return;
    }
    setSentTo({ email, message: created.data.data.message });
  }

  const field = (id: Field, label: string, input: React.InputHTMLAttributes<HTMLInputElement>, hint?: string) => {
    const error = fieldError(id);
    const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
    return (
      <div className={ui.field}>
        <label htmlFor={`signup-${id}`}>{label}</label>
        <input id={`signup-${id}`} name={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
        {hint ? (
          <span id={`${id}-hint`} className={ui.hint}>
            {hint}
          </span>
        ) : null}
        {error ? (
          <p id={`${id}-error`} className={styles.fieldError}>
            <span aria-hidden="true">✗ </span>
            {error}
          </p>
        ) : null}
      </div>
    );
  };

  if (sentTo) {
    return (
      <div role="status" data-testid="sign-up-sent">
        <p>
          <strong>Check your mail.</strong> We sent a message to {sentTo.email}. Open its link to confirm the address, then{" "}
          <a href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}>sign in</a> with your password.
        </p>
        <p className={ui.hint}>Nothing arrived? Look in your spam folder; the link works for 24 hours.</p>
      </div>
    );
  }

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      {problem ? (
        <p className={ui.error} role="alert">
          <span aria-hidden="true">✗ </span>
          {problem.errors?.length ? (
            "Please correct the fields marked below."
          ) : (
            describeProblem(problem)
          )}
        </p>
      ) : null}
      {field("name", "Name (optional)", { type: "text", autoComplete: "name", maxLength: 100 })}
      {field("email", "E-mail", { type: "email", autoComplete: "email", required: true })}
      {field("password", "Password", { type: "password", autoComplete: "new-password", required: true, minLength: 8 }, "At least 8 characters.")}
      <button type="submit" className={`${ui.button} ${styles.submit}`} disabled={busy}>
        {busy ? "Creating your account…" : "Create account"}
      </button>
    </form>
  );
}
