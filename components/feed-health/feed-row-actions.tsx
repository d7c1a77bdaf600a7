"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import shared from "@/components/editor/editor.module.css";
import { describeProblem, sendJson, type SendResult } from "@/lib/api/client/send-json";
import styles from "./feed-health.module.css";

export const INTERVAL_CHOICES = [5, 15, 30, 60, 120, 360, 720, 1440];

const intervalLabel = (m: number) => (m < 60 ? `${m} min` : m < 1440 ? `${m / 60} h` : "day");

interface Props {
  id: string;
  label: string;
  enabled: boolean;
  intervalMinutes: number;
  version: number;
}

/** Enable / disable (with a reason), interval and "fetch now" for one feed, through /api/v1/feeds/{id}. */
export function FeedRowActions({ id, label, enabled, intervalMinutes, version }: Props) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [disabling, setDisabling] = useState(false);
  const [reason, setReason] = useState("");

  async function run(call: () => Promise<SendResult<unknown>>) {
    setBusy(true);
    setError(null);
    const res = await call();
    setBusy(false);
    if (!res.ok) {
      setError(describeProblem(res.problem));
      // A 409 means someone else changed it: show the fresh row.
      if (res.status === 409) router.refresh();
      return;
    }
    setDisabling(false);
    setReason("");
    router.refresh();
  }
  const patch = (body: Record<string, unknown>) => run(() => sendJson("PATCH", `/api/v1/feeds/${id}`, body, { ifMatch: version }));

  return (
    <div className={styles.actions}>
      <select value={intervalMinutes} disabled={busy} onChange={(e) => patch({ intervalMinutes: Number(e.target.value) })} aria-label={`Interval of ${label}`}>
          {[...new Set([...INTERVAL_CHOICES, intervalMinutes])]
            .sort((a, b) => a - b)
            .map((m) => (
              <option key={m} value={m}>
                every {intervalLabel(m)}
              </option>
            ))}
      </select>
      {enabled ? (
        <>
          <button type="button" className={`${shared.buttonSecondary} ${styles.small}`} disabled={busy} onClick={() => run(() => sendJson("POST", `/api/v1/feeds/${id}/fetch`))}>
            Fetch now
          </button>
          {disabling ? (
            <form
              className={styles.actions}
              onSubmit={(e) => {
                e.preventDefault();
                void patch({ enabled: false, reason });
              }}
            >
              <input required maxLength={500} placeholder="Why?" value={reason} onChange={(e) => setReason(e.target.value)} aria-label={`Reason for disabling ${label}`} />
              <button type="submit" className={`${shared.buttonDanger} ${styles.small}`} disabled={busy}>
                Disable
              </button>
              <button type="button" className={`${shared.buttonSecondary} ${styles.small}`} onClick={() => setDisabling(false)}>
                Cancel
              </button>
            </form>
          ) : (
            <button type="button" className={`${shared.buttonSecondary} ${styles.small}`} disabled={busy} onClick={() => setDisabling(true)}>
              Disable…
            </button>
          )}
        </>
      ) : (
        <button type="button" className={`${shared.button} ${styles.small}`} disabled={busy} onClick={() => patch({ enabled: true })}>
          Enable
        </button>
      )}
      {error ? (
        <p className={styles.actionError} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
