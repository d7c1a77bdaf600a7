"use client";

import { useState } from "react";
import shared from "@/components/editor/editor.module.css";
import type { ClaimView } from "./claim-view";
import { useClaimWrite } from "./use-claim-write";
import { WriteFeedback } from "./write-feedback";

const RECHECK_DAYS = 90;

/** A due claim re-checked and still holding: record that, with a note, and set the next re-check date. */
export function ClaimRecheckForm({ claim }: { claim: ClaimView }) {
  const state = useClaimWrite(claim.version);
  const [note, setNote] = useState("");

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const next = new Date(Date.now() + RECHECK_DAYS * 86_400_000).toISOString().slice(0, 10);
    await state.write({
      method: "PATCH",
      path: `/api/v1/claims/${claim.id}`,
      body: { reviewBy: next, note },
      savedMessage: `Re-checked; next re-check by ${next}.`,
      onSaved: () => setNote(""),
    });
  }

  return (
    <form className={shared.form} onSubmit={submit} aria-labelledby="recheck-heading">
      <h2 id="recheck-heading">⚠ Needs re-check</h2>
      <p className={shared.muted}>
        The re-check date has passed. If the claim still holds, say what you checked; the next re-check is set {RECHECK_DAYS} days from today. If
        it no longer holds, change its status instead.
      </p>
      <div className={shared.field}>
        <label htmlFor="recheck-note">What you checked</label>
        <input id="recheck-note" required value={note} onChange={(e) => setNote(e.target.value)} disabled={state.busy} />
      </div>
      <div className={shared.row}>
        <button type="submit" className={shared.button} disabled={state.busy}>
          ✓ Still holds
        </button>
      </div>
      <WriteFeedback state={state} />
    </form>
  );
}
