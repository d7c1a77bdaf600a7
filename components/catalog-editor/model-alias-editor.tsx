"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import shared from "@/components/editor/editor.module.css";
import { describeProblem, sendJson } from "@/lib/api/client/send-json";
import styles from "./catalog-editor.module.css";

/** Other names news may use for the model: add one, or remove one with its × button. */
export function ModelAliasEditor({ slug, aliases }: { slug: string; aliases: { id: string; alias: string }[] }) {
  const router = useRouter();
  const [alias, setAlias] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function add(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const res = await sendJson("POST", `/api/v1/models/${slug}/aliases`, { alias });
    setBusy(false);
    if (res.ok) {
      setMessage({ ok: true, text: `Added “${alias}”.` });
      setAlias("");
      router.refresh();
    } else setMessage({ ok: false, text: describeProblem(res.problem) });
  }

  async function remove(a: { id: string; alias: string }) {
    setBusy(true);
    const res = await sendJson("DELETE", `/api/v1/models/${slug}/aliases/${encodeURIComponent(a.id)}`);
    setBusy(false);
    if (res.ok) {
      setMessage({ ok: true, text: `Removed “${a.alias}”.` });
      router.refresh();
    } else setMessage({ ok: false, text: describeProblem(res.problem) });
  }

  return (
    <div className={shared.form}>
      {aliases.length ? (
        <ul className={styles.chips} aria-label="Aliases">
          {aliases.map((a) => (
            <li key={a.id} className={styles.chip}>
              {a.alias}
              <button
                type="button"
                className={styles.chipRemove}
                aria-label={`Remove alias ${a.alias}`}
                disabled={busy}
                onClick={() => remove(a)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className={shared.muted}>No aliases yet.</p>
      )}
      <form className={shared.row} onSubmit={add}>
        <label htmlFor="alias-new" className={shared.label}>
          New alias
        </label>
        <input id="alias-new" className={`${shared.input} ${styles.aliasInput}`} required maxLength={120} value={alias} onChange={(e) => setAlias(e.target.value)} />
        <button className={shared.buttonSecondary} type="submit" disabled={busy}>
          Add alias
        </button>
      </form>
      <p className={shared.hint}>Compared with case and accents ignored: “Klíng” and “kling” are the same alias.</p>
      {message && (
        <p className={message.ok ? shared.success : shared.error} role={message.ok ? "status" : "alert"}>
          {message.ok ? "✓" : "⚠"} {message.text}
        </p>
      )}
    </div>
  );
}
