"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { describeProblem, sendJson } from "@/lib/api/client/send-json";
import type { WebhookDto } from "@/lib/watch/webhook-dto";
import ui from "@/components/editor/editor.module.css";
import styles from "./watchlist.module.css";

interface LogRow {
  id: string;
  status: string;
  attempts: number;
  responseStatus: number | null;
  lastError: string | null;
  createdAt: string;
}

/** Add, test and remove webhooks; the secret is shown once; a delivery log per webhook. */
export function WebhooksPanel({ webhooks }: { webhooks: WebhookDto[] }) {
  const router = useRouter();
  const [secret, setSecret] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [log, setLog] = useState<{ id: string; rows: LogRow[] } | null>(null);

  async function add(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const url = String(new FormData(form).get("url") ?? "").trim();
    const res = await sendJson<{ secret: string }>("POST", "/api/v1/me/webhooks", { url });
    setMessage(res.ok ? { ok: true, text: "Webhook added." } : { ok: false, text: describeProblem(res.problem) });
    if (res.ok) {
      setSecret(res.data.secret);
      form.reset();
      router.refresh();
    }
  }

  async function act(method: "POST" | "DELETE", path: string, done: string) {
    const res = await sendJson(method, path);
    setMessage(res.ok ? { ok: true, text: done } : { ok: false, text: describeProblem(res.problem) });
    if (res.ok) router.refresh();
  }

  async function showLog(id: string) {
    const res = await fetch(`/api/v1/me/webhooks/${id}/deliveries`, { credentials: "same-origin" });
    if (res.ok) setLog({ id, rows: ((await res.json()) as { data: LogRow[] }).data });
  }

  return (
    <section className={ui.panel} aria-labelledby="webhooks-title">
      <h2 id="webhooks-title">Webhooks</h2>
      <p className={ui.muted}>
        Each notification is POSTed as JSON, signed with <code>X-Modelwatch-Signature</code>; failures are retried for up to 24 hours.
      </p>
      {webhooks.length ? (
        <ul className={`${ui.form} ${styles.hooks}`}>
          {webhooks.map((w) => (
            <li key={w.id} data-testid="webhook">
              <code className={styles.secret}>{w.url}</code> {w.enabled ? "enabled" : `disabled after ${w.failureCount} failures`}
              <div className={ui.row}>
                <button type="button" className={ui.buttonSecondary} onClick={() => void act("POST", `/api/v1/me/webhooks/${w.id}/test`, "Test delivery queued.")}>
                  Send test
                </button>
                <button type="button" className={ui.buttonSecondary} onClick={() => void showLog(w.id)}>
                  Delivery log
                </button>
                <button type="button" className={ui.buttonDanger} onClick={() => void act("DELETE", `/api/v1/me/webhooks/${w.id}`, "Webhook removed.")}>
                  Remove
                </button>
              </div>
              {log?.id === w.id ? (
                <table className={ui.table}>
                  <thead>
                    <tr>
                      <th scope="col">Queued</th>
                      <th scope="col">Status</th>
                      <th scope="col">Attempts</th>
                      <th scope="col">Response</th>
                    </tr>
                  </thead>
                  <tbody>
                    {log.rows.map((r) => (
                      <tr key={r.id}>
                        <td>{new Date(r.createdAt).toLocaleString()}</td>
                        <td>{r.status}</td>
                        <td>{r.attempts}</td>
                        <td>{r.responseStatus ?? r.lastError ?? "—"}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <form className={ui.form} onSubmit={add}>
        <div className={ui.field}>
          <label htmlFor="webhook-url">Webhook URL</label>
          <input id="webhook-url" name="url" type="url" required placeholder="https://example.com/hooks/modelwatch" />
        </div>
        <div>
          <button type="submit" className={ui.button}>
            Add webhook
          </button>
        </div>
      </form>
      {secret ? (
        <p>
          Signing secret (shown once): <code className={styles.secret} data-testid="webhook-secret">{secret}</code>
        </p>
      ) : null}
      {message ? (
        <p className={message.ok ? ui.success : ui.error} role="status">
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
