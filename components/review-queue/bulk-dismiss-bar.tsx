"use client";

import editor from "@/components/editor/editor.module.css";
import { DismissForm } from "./dismiss-form";
import styles from "./review-queue.module.css";

/** Select all, and dismiss the selected NEW items with one reason (all or nothing). */
export function BulkDismissBar({
  selectedCount,
  allSelected,
  busy,
  onSelectAll,
  onDismiss,
}: {
  selectedCount: number;
  allSelected: boolean;
  busy: boolean;
  onSelectAll: (all: boolean) => void;
  onDismiss: (reason: string) => void;
}) {
  return (
    <div className={`${editor.panel} ${styles.bulk}`} role="region" aria-label="Bulk dismiss">
      <label className={styles.check}>
        <input type="checkbox" checked={allSelected} onChange={(e) => onSelectAll(e.target.checked)} />
        Select all on this page
      </label>
      <span className={editor.muted}>{selectedCount} selected</span>
      {selectedCount > 0 ? (
        <DismissForm
          label={`Dismiss ${selectedCount} selected`}
          busy={busy}
          onDismiss={onDismiss}
        />
      ) : null}
    </div>
  );
}
