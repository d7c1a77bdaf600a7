"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { describeProblem, sendJson } from "@/lib/api/client/send-json";
import ui from "@/components/editor/editor.module.css";
import styles from "./account.module.css";

export interface TokenOwnerOption {
  id: string;
  email: string;
}

/**
 * Creates an API token and shows its secret once, with a copy button. For
 * oneself (POST /api/v1/tokens) or, given `owners`, for a chosen user
 * (POST /api/v1/users/{id}/tokens, admins).
 */
export function CreateTokenForm({ owners }: { owners?: TokenOwnerOption[] }) {
  const router = useRouter();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [issued, setIssued] = useState<{ name: string; secret: string; owner?: string } | null>(null);
  const [copied, setCopied] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    const form = new FormData(formEl);
    const name = String(form.get("name") ?? "");
    const expires = String(form.get("expires") ?? "");
    const ownerId = owners ? String(form.get("owner") ?? "") : null;
    // A date means "usable through that day": it expires at the end of it, UTC.
    const body = { name, ...(expires ? { expiresAt: `${expires}T23:59:59Z` } : {}) };
    const path = ownerId ? `/api/v1/users/${encodeURIComponent(ownerId)}/tokens` : "/api/v1/tokens";
    setBusy(true);
    setError(null);
    setCopied(false);
    const res = await sendJson<{ secret: string }>("POST", path, body);
    setBusy(false);
    if (!res.ok) {
      setError(describeProblem(res.problem));
      return;
    }
    setIssued({ name, secret: res.data.secret, owner: owners?.find((o) => o.id === ownerId)?.email });
    formEl.reset();
    router.refresh();
  }

  async function copy() {
    if (!issued) return;
    try {
      await navigator.clipboard.writeText(issued.secret);
      setCopied(true);
    } catch {
      setError("Copying was not allowed by the browser: select the token and copy it by hand.");
    }
  }

  return (
    <div className={styles.stack}>
      {issued ? (
        <div className={styles.secretBox} role="status">
          <p className={styles.secretTitle}>
            <span aria-hidden="true">✓ </span>
            Token “{issued.name}” created{issued.owner ? ` for ${issued.owner}` : ""}. Copy it now: it will not be shown again.
          </p>
          <div className={ui.row}>
            <input
              className={`${ui.input} ${styles.secret}`}
              readOnly
              value={issued.secret}
              aria-label="The new API token"
              onFocus={(e) => e.currentTarget.select()}
            />
            <button type="button" className={ui.buttonSecondary} onClick={() => void copy()}>
              {copied ? "Copied ✓" : "Copy"}
            </button>
            <button type="button" className={ui.buttonSecondary} onClick={() => setIssued(null)}>
              Done
            </button>
          </div>
          <p className={ui.hint}>
            Send it as <code>Authorization: Bearer &lt;token&gt;</code>. It acts with its owner&apos;s role.
          </p>
        </div>
      ) : null}
      <form className={`${ui.form} ${styles.inlineForm}`} onSubmit={submit}>
        {owners ? (
          <div className={ui.field}>
            <label htmlFor={`${id}-owner`}>For user</label>
            <select id={`${id}-owner`} name="owner" required defaultValue="">
              <option value="" disabled>
                Choose a user…
              </option>
              {owners.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.email}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className={ui.field}>
          <label htmlFor={`${id}-name`}>Token name</label>
          <input id={`${id}-name`} name="name" required maxLength={100} placeholder="e.g. CI importer" />
        </div>
        <div className={ui.field}>
          <label htmlFor={`${id}-expires`}>Expires (optional)</label>
          <input id={`${id}-expires`} name="expires" type="date" aria-describedby={`${id}-expires-hint`} />
          <span id={`${id}-expires-hint`} className={ui.hint}>
            Usable through that day (UTC). Leave empty for no expiry.
          </span>
        </div>
        {error ? (
          <p className={ui.error} role="alert">
            <span aria-hidden="true">✗ </span>
            {error}
          </p>
        ) : null}
        <div>
          <button type="submit" className={ui.button} disabled={busy}>
            {busy ? "Creating…" : "Create token"}
          </button>
        </div>
      </form>
    </div>
  );
}
