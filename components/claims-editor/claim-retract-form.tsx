"use client";

import { useState } from "react";
import shared from "@/components/editor/editor.module.css";
import type { ClaimView } from "./claim-view";
import { useClaimWrite } from "./use-claim-write";
import { WriteFeedback } from "./write-feedback";

/** Claims are never deleted: retract one (it stays, marked withdrawn) or restore it. */
export function ClaimRetractForm({ claim }: { claim: ClaimView }) {
  const state = useClaimWrite(claim.version);
  const [note, setNote] = useState("");
  const retracted = claim.status === "RETRACTED";

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const onSaved = () => setNote("");
    await state.write(
      retracted
        ? { method: "POST", path: `/api/v1/claims/${claim.id}/restore`, body: { note }, savedMessage: "Restored.", onSaved }
        : { method: "PATCH", path: `/api/v1/claims/${claim.id}`, body: { status: "RETRACTED", note }, savedMessage: "Retracted.", onSaved },
    );
  }

  return (
    <form className={shared.form} onSubmit={submit} aria-labelledby="retract-heading">
      <h2 id="retract-heading">{retracted ? "Restore" : "Retract"}</h2>
      <p className={shared.muted}>
        {retracted
          ? "Restoring brings the claim back to the status it had when it was retracted."
          : "Retracting marks the claim as withdrawn by the editors; it and its history stay, and it can be restored."}
      </p>
      <div className={shared.field}>
        <label htmlFor="retract-note">Note</label>
        <input id="retract-note" required value={note} onChange={(e) => setNote(e.target.value)} disabled={state.busy} />
      </div>
      <div className={shared.row}>
        <button type="submit" className={retracted ? shared.button : shared.buttonDanger} disabled={state.busy}>
          {retracted ? "↻ Restore claim" : "↺ Retract claim"}
        </button>
      </div>
      <WriteFeedback state={state} />
    </form>
  );
}
