"use client";

import { useState } from "react";
import shared from "@/components/editor/editor.module.css";
import { CLAIM_CATEGORY_LABELS, CLAIM_CATEGORY_ORDER, CONFIDENCE_LABELS } from "@/lib/claims/claim-labels";
import { Confidence } from "@/lib/db/enums";
import type { ClaimView } from "./claim-view";
import { useClaimWrite } from "./use-claim-write";
import { WriteFeedback } from "./write-feedback";
import styles from "./claims-editor.module.css";

/** Statement, confidence, category and re-check date; only the fields the editor touched are sent. */
export function ClaimEditForm({ claim, disabled }: { claim: ClaimView; disabled: boolean }) {
  const state = useClaimWrite(claim.version);
  // Only what the editor touched is held here; the rest follows the claim as
  // it is now, so a colleague's change shows up and is never sent back.
  const [draft, setDraft] = useState<Partial<Record<"statement" | "confidence" | "category" | "reviewBy", string>>>({});
  const [note, setNote] = useState("");
  const current = { statement: claim.statement, confidence: claim.confidence, category: claim.category, reviewBy: claim.reviewBy?.slice(0, 10) ?? "" };
  const value = { ...current, ...draft };
  const edit = (field: keyof typeof current) => (e: { target: { value: string } }) => setDraft({ ...draft, [field]: e.target.value });

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const body: Record<string, unknown> = { note };
    if (value.statement.trim() !== current.statement) body.statement = value.statement;
    if (value.confidence !== current.confidence) body.confidence = value.confidence;
    if (value.category !== current.category) body.category = value.category;
    if (value.reviewBy !== current.reviewBy) body.reviewBy = value.reviewBy || null;
    await state.write({
      method: "PATCH",
      path: `/api/v1/claims/${claim.id}`,
      body,
      savedMessage: "Saved.",
      onSaved: () => {
        setDraft({});
        setNote("");
      },
    });
  }

  return (
    <form className={shared.form} onSubmit={submit} aria-labelledby="edit-heading">
      <h2 id="edit-heading">Edit</h2>
      <fieldset disabled={disabled || state.busy} className={styles.plainFieldset}>
        <div className={shared.field}>
          <label htmlFor="edit-statement">Statement</label>
          <textarea id="edit-statement" required value={value.statement} onChange={edit("statement")} />
        </div>
        <div className={shared.row}>
          <div className={shared.field}>
            <label htmlFor="edit-confidence">Confidence</label>
            <select id="edit-confidence" value={value.confidence} onChange={edit("confidence")}>
              {Object.values(Confidence).map((c) => (
                <option key={c} value={c}>
                  {CONFIDENCE_LABELS[c]}
                </option>
              ))}
            </select>
          </div>
          <div className={shared.field}>
            <label htmlFor="edit-category">Category</label>
            <select id="edit-category" value={value.category} onChange={edit("category")}>
              {CLAIM_CATEGORY_ORDER.map((c) => (
                <option key={c} value={c}>
                  {CLAIM_CATEGORY_LABELS[c]}
                </option>
              ))}
            </select>
          </div>
          <div className={shared.field}>
            <label htmlFor="edit-review-by">Re-check by</label>
            <input id="edit-review-by" type="date" value={value.reviewBy} onChange={edit("reviewBy")} />
          </div>
        </div>
        <div className={shared.field}>
          <label htmlFor="edit-note">Note</label>
          <input id="edit-note" required value={note} onChange={(e) => setNote(e.target.value)} placeholder="Why this change" />
        </div>
        <div className={shared.row}>
          <button type="submit" className={shared.button}>
            Save changes
          </button>
        </div>
      </fieldset>
      <WriteFeedback state={state} />
    </form>
  );
}
