"use client";

import shared from "@/components/editor/editor.module.css";
import { ConflictNotice } from "./conflict-notice";
import type { useClaimWrite } from "./use-claim-write";

/** The outcome of a claim write under its form: a refusal, a conflict to resolve, or a saved notice. */
export function WriteFeedback({ state }: { state: ReturnType<typeof useClaimWrite> }) {
  return (
    <>
      {state.error && (
        <p className={shared.error} role="alert">
          ✗ {state.error}
        </p>
      )}
      {state.conflict && (
        <ConflictNotice conflict={state.conflict} busy={state.busy} onReapply={() => void state.reapply()} onDismiss={state.dismissConflict} />
      )}
      {state.saved && !state.error && !state.conflict && (
        <p className={shared.success} role="status">
          ✓ {state.saved}
        </p>
      )}
    </>
  );
}
