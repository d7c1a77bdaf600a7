"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import shared from "@/components/editor/editor.module.css";
import { describeProblem, sendJson } from "@/lib/api/client/send-json";
import { LifecycleStage } from "@/lib/db/enums";
import { LIFECYCLE_DESCRIPTIONS, LIFECYCLE_LABELS } from "@/lib/models/model-labels";
import styles from "./catalog-editor.module.css";

/** Records the next lifecycle step with its evidence (what happened, when, and the source). */
export function ModelLifecycleForm({ slug, current }: { slug: string; current: LifecycleStage }) {
  const router = useRouter();
  const stages = Object.values(LifecycleStage).filter((s) => s !== current);
  const order = Object.values(LifecycleStage);
  // Most steps move forward: offer the stage after the current one first.
  const next = order[order.indexOf(current) + 1] ?? stages[0];
  const [toStage, setToStage] = useState<LifecycleStage>(next as LifecycleStage);
  const [occurredAt, setOccurredAt] = useState(() => new Date().toISOString().slice(0, 10));
  const [note, setNote] = useState("");
  const [sourceUrl, setSourceUrl] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const res = await sendJson("POST", `/api/v1/models/${slug}/lifecycle`, {
      toStage,
      occurredAt,
      note,
      sourceUrl: sourceUrl.trim() || null,
    });
    setBusy(false);
    if (res.ok) {
      setNote("");
      setSourceUrl("");
      router.refresh();
    } else setError(describeProblem(res.problem));
  }

  return (
    <form className={shared.form} onSubmit={submit}>
      <p className={shared.muted}>
        Now: <strong>{LIFECYCLE_LABELS[current]}</strong> — {LIFECYCLE_DESCRIPTIONS[current]}.
      </p>
      <div className={styles.twoCol}>
        <div className={shared.field}>
          <label htmlFor="lifecycle-stage">New stage</label>
          <select id="lifecycle-stage" value={toStage} onChange={(e) => setToStage(e.target.value as LifecycleStage)}>
            {stages.map((s) => (
              <option key={s} value={s}>
                {LIFECYCLE_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div className={shared.field}>
          <label htmlFor="lifecycle-date">When it happened</label>
          <input id="lifecycle-date" type="date" required value={occurredAt} onChange={(e) => setOccurredAt(e.target.value)} />
        </div>
      </div>
      <div className={shared.field}>
        <label htmlFor="lifecycle-note">What happened</label>
        <textarea id="lifecycle-note" required maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <div className={shared.field}>
        <label htmlFor="lifecycle-source">Source URL (evidence)</label>
        <input id="lifecycle-source" type="url" placeholder="https://" value={sourceUrl} onChange={(e) => setSourceUrl(e.target.value)} />
      </div>
      {error && (
        <p className={shared.error} role="alert">
          ⚠ {error}
        </p>
      )}
      <div className={shared.row}>
        <button className={shared.button} type="submit" disabled={busy}>
          {busy ? "Recording…" : "Record step"}
        </button>
      </div>
    </form>
  );
}
