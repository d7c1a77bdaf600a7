"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { TokenDto } from "@/lib/accounts/account-dto";
import type { TokenState } from "@/lib/accounts/token-state";
import { describeProblem, sendJson } from "@/lib/api/client/send-json";
import ui from "@/components/editor/editor.module.css";
import styles from "./account.module.css";
import { formatMoment } from "./format-moment";

const STATE_LABEL: Record<TokenState, { icon: string; text: string }> = {
  active: { icon: "●", text: "Active" },
  expired: { icon: "◷", text: "Expired" },
  revoked: { icon: "✗", text: "Revoked" },
};

/** API tokens with their state and a revoke button; `showOwner` for the admin's list of everyone's tokens. */
export function TokenTable({ tokens, showOwner = false }: { tokens: TokenDto[]; showOwner?: boolean }) {
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function revoke(token: TokenDto) {
    if (!window.confirm(`Revoke the token “${token.name}” (${token.prefix}…)? Anything using it stops working at once.`)) return;
    setBusy(token.id);
    const res = await sendJson("DELETE", `/api/v1/tokens/${encodeURIComponent(token.id)}`);
    setBusy(null);
    setMessage(res.ok ? { ok: true, text: `Revoked “${token.name}”.` } : { ok: false, text: describeProblem(res.problem) });
    if (res.ok) router.refresh();
  }

  if (tokens.length === 0) return <p className={ui.muted}>No API tokens yet.</p>;
  return (
    <div className={styles.stack}>
      {message ? (
        <p className={message.ok ? ui.success : ui.error} role="status">
          <span aria-hidden="true">{message.ok ? "✓ " : "✗ "}</span>
          {message.text}
        </p>
      ) : null}
      <div className={ui.tableWrap}>
        <table className={`${ui.table} ${styles.table}`}>
          <thead>
            <tr>
              <th scope="col">Name</th>
              {showOwner ? <th scope="col">Owner</th> : null}
              <th scope="col">Token</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">Expires</th>
              <th scope="col">State</th>
              <th scope="col">
                <span className={styles.visuallyHidden}>Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((t) => {
              const state = t.state;
              return (
                <tr key={t.id}>
                  <td>{t.name}</td>
                  {showOwner ? <td className={styles.nowrap}>{t.owner.email}</td> : null}
                  <td>
                    <code>{t.prefix}…</code>
                  </td>
                  <td className={styles.nowrap}>{formatMoment(t.createdAt)}</td>
                  <td className={styles.nowrap}>{t.lastUsedAt ? formatMoment(t.lastUsedAt) : <span className={ui.muted}>Never</span>}</td>
                  <td className={styles.nowrap}>{t.expiresAt ? formatMoment(t.expiresAt) : <span className={ui.muted}>No expiry</span>}</td>
                  <td className={styles.nowrap}>
                    <span className={styles[`state-${state}`]}>
                      <span aria-hidden="true">{STATE_LABEL[state].icon} </span>
                      {STATE_LABEL[state].text}
                      {state === "revoked" && t.revokedAt ? <span className={styles.sub}>{formatMoment(t.revokedAt)}</span> : null}
                    </span>
                  </td>
                  <td>
                    {state === "revoked" ? null : (
                      <button
                        type="button"
                        className={ui.buttonDanger}
                        onClick={() => void revoke(t)}
                        disabled={busy === t.id}
                        aria-label={`Revoke ${t.name}${showOwner ? ` of ${t.owner.email}` : ""}`}
                      >
                        {busy === t.id ? "Revoking…" : "Revoke"}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
