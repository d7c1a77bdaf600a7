"use client";

import { useId, useState } from "react";
import editor from "@/components/editor/editor.module.css";
import styles from "./review-queue.module.css";

export const QUICK_REASONS = ["Off topic", "Duplicate coverage", "Rumour without a source", "Nothing new"] as const;

/** A reason (typed or one of the quick ones) and the button that dismisses with it. */
export function DismissForm({
  label,
  busy,
  onDismiss,
  onCancel,
}: {
  label: string;
  busy: boolean;
  onDismiss: (reason: string) => void;
  onCancel?: () => void;
}) {
  const [reason, setReason] = useState("");
  const id = useId();
  return (
    <form
      className={styles.panelForm}
      onSubmit={(e) => {
        e.preventDefault();
        if (reason.trim()) onDismiss(reason.trim());
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape" && onCancel) onCancel();
      }}
    >
      <div className={editor.field}>
        <label htmlFor={id}>Reason</label>
        <input
          id={id}
          className={editor.input}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={500}
          required
          data-autofocus
        />
      </div>
      <div className={styles.quick} role="group" aria-label="Quick reasons">
        {QUICK_REASONS.map((r) => (
          <button key={r} type="button" className={styles.quickReason} aria-pressed={reason === r} onClick={() => setReason(r)}>
            {r}
          </button>
        ))}
      </div>
      <div className={editor.row}>
        <button type="submit" className={editor.buttonDanger} disabled={busy || !reason.trim()}>
          {label}
        </button>
        {onCancel ? (
          <button type="button" className={editor.buttonSecondary} onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
