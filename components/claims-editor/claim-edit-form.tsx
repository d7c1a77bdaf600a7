"use client";

import { useState } from "react";
import shared from "@/components/editor/editor.module.css";
import { CLAIM_CATEGORY_LABELS, CLAIM_CATEGORY_ORDER, CONFIDENCE_LABELS } from "@/lib/claims/claim-labels";
import { Confidence, type ClaimCategory } from "@/lib/db/enums";
import type { ClaimView } from "./claim-view";
import { useClaimWrite } from "./use-claim-write";
import { WriteFeedback } from "./write-feedback";
import styles from "./claims-editor.module.css";

/** Statement, confidence, category and re-check date; only the fields the editor touched are sent. */
export function ClaimEditForm({ claim, disabled }: { claim: ClaimView; disabled: boolean }) {
  const state = useClaimWrite(claim.version);
  const [statement, setStatement] = useState(claim.statement);
  const [confidence, setConfidence] = useState<Confidence>(claim.confidence);
  const [category, setCategory] = useState<ClaimCategory>(claim.category);
  const [reviewBy, setReviewBy] = useState(claim.reviewBy?.slice(0, 10) ?? "");
  const [note, setNote] = useState("");
  const [saved, setSaved] = useState<string | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setSaved(null);
    // Sending untouched fields would overwrite a colleague's change on re-apply.
    const body: Record<string, unknown> = { note };
    if (statement.trim() !== claim.statement) body.statement = statement;
    if (confidence !== claim.confidence) body.confidence = confidence;
    if (category !== claim.category) body.category = category;
    if (reviewBy !== (claim.reviewBy?.slice(0, 10) ?? "")) body.reviewBy = reviewBy || null;
    const outcome = await state.write({ method: "PATCH", path: `/api/v1/claims/${claim.id}`, body });
    if (outcome.ok) {
      setNote("");
      setSaved("Saved.");
    }
  }

  return (
    <form className={shared.form} onSubmit={submit} aria-labelledby="edit-heading">
      <h2 id="edit-heading">Edit</h2>
      <fieldset disabled={disabled || state.busy} className={styles.plainFieldset}>
        <div className={shared.field}>
          <label htmlFor="edit-statement">Statement</label>
          <textarea id="edit-statement" required value={statement} onChange={(e) => setStatement(e.target.value)} />
        </div>
        <div className={shared.row}>
          <div className={shared.field}>
            <label htmlFor="edit-confidence">Confidence</label>
            <select id="edit-confidence" value={confidence} onChange={(e) => setConfidence(e.target.value as Confidence)}>
              {Object.values(Confidence).map((c) => (
                <option key={c} value={c}>
                  {CONFIDENCE_LABELS[c]}
                </option>
              ))}
            </select>
          </div>
          <div className={shared.field}>
            <label htmlFor="edit-category">Category</label>
            <select id="edit-category" value={category} onChange={(e) => setCategory(e.target.value as ClaimCategory)}>
              {CLAIM_CATEGORY_ORDER.map((c) => (
                <option key={c} value={c}>
                  {CLAIM_CATEGORY_LABELS[c]}
                </option>
              ))}
            </select>
          </div>
          <div className={shared.field}>
            <label htmlFor="edit-review-by">Re-check by</label>
            <input id="edit-review-by" type="date" value={reviewBy} onChange={(e) => setReviewBy(e.target.value)} />
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
      <WriteFeedback state={state} saved={saved} />
    </form>
  );
}
