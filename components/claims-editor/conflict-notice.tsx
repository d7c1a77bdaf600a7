"use client";

import shared from "@/components/editor/editor.module.css";
import { ClaimHistoryList } from "./claim-history-list";
import type { ClaimConflict } from "./use-claim-write";
import styles from "./claims-editor.module.css";

/** Shown after a 409: what others changed since the editor's version, and the choice to re-apply or drop. */
export function ConflictNotice({
  conflict,
  busy,
  onReapply,
  onDismiss,
}: {
  conflict: ClaimConflict;
  busy: boolean;
  onReapply: () => void;
  onDismiss: () => void;
}) {
  return (
    <div className={styles.conflict} role="alert">
      <p>
        <strong>⚠ Not saved: the claim changed meanwhile.</strong> {conflict.detail}
      </p>
      {conflict.changesSince.length > 0 && (
        <>
          <p className={shared.muted}>Changed since you opened it:</p>
          <ClaimHistoryList events={conflict.changesSince} />
        </>
      )}
      <div className={shared.row}>
        <button type="button" className={shared.button} onClick={onReapply} disabled={busy}>
          Apply my change on version {conflict.currentVersion}
        </button>
        <button type="button" className={shared.buttonSecondary} onClick={onDismiss} disabled={busy}>
          Drop my change
        </button>
      </div>
    </div>
  );
}
