"use client";

import { useState } from "react";
import shared from "@/components/editor/editor.module.css";
import { CLAIM_STATUS_META, SOURCE_KIND_LABELS } from "@/lib/claims/claim-labels";
import type { ClaimStatus } from "@/lib/db/enums";
import type { ClaimView } from "./claim-view";
import { useClaimWrite } from "./use-claim-write";
import { WriteFeedback } from "./write-feedback";
import styles from "./claims-editor.module.css";

const VERDICTS: ClaimStatus[] = ["VERIFIED", "DISPUTED", "REFUTED", "UNVERIFIED"];

/** A status change with its note and the sources it rests on (the policy checks the evidence). */
export function ClaimStatusForm({ claim }: { claim: ClaimView }) {
  const state = useClaimWrite(claim.version);
  const choices = VERDICTS.filter((s) => s !== claim.status);
  const [picked, setStatus] = useState<ClaimStatus>(choices[0]!);
  // The claim may have moved to the picked status meanwhile (after a refresh).
  const status = choices.includes(picked) ? picked : choices[0]!;
  const [note, setNote] = useState("");
  // Kept as the sources left out, so a source added meanwhile counts as evidence by default.
  const [excluded, setExcluded] = useState<string[]>([]);
  const evidence = claim.sources.map((s) => s.id).filter((id) => !excluded.includes(id));
  const qualifies = claim.sources.some((s) => evidence.includes(s.id) && (s.kind === "OFFICIAL" || s.kind === "INDEPENDENT"));

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    await state.write({
      method: "PATCH",
      path: `/api/v1/claims/${claim.id}`,
      body: { status, note, evidence },
      savedMessage: `Status changed to ${CLAIM_STATUS_META[status].label}.`,
      onSaved: () => setNote(""),
    });
  }

  const toggle = (id: string) => setExcluded(excluded.includes(id) ? excluded.filter((x) => x !== id) : [...excluded, id]);

  return (
    <form className={shared.form} onSubmit={submit} aria-labelledby="status-heading">
      <h2 id="status-heading">Change status</h2>
      <fieldset className={styles.fieldset} disabled={state.busy}>
        <legend>New status</legend>
        <div className={styles.choices}>
          {choices.map((s) => (
            <label key={s} className={styles.choice}>
              <input type="radio" name="status" value={s} checked={status === s} onChange={() => setStatus(s)} />
              <span aria-hidden="true">{CLAIM_STATUS_META[s].icon}</span> {CLAIM_STATUS_META[s].label}
              <span className={shared.hint}> — {CLAIM_STATUS_META[s].description}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className={styles.fieldset} disabled={state.busy}>
        <legend>Evidence</legend>
        {claim.sources.length === 0 ? (
          <p className={shared.muted}>This claim has no source yet: add one below before verifying or refuting it.</p>
        ) : (
          <div className={styles.choices}>
            {claim.sources.map((s) => (
              <label key={s.id} className={styles.choice}>
                <input type="checkbox" checked={evidence.includes(s.id)} onChange={() => toggle(s.id)} /> {s.title}{" "}
                <span className={shared.hint}>({SOURCE_KIND_LABELS[s.kind]})</span>
              </label>
            ))}
          </div>
        )}
        {status === "VERIFIED" && !qualifies && (
          <p className={shared.hint} role="note">
            ⚠ Verifying needs at least one Official or Independent source among the evidence.
          </p>
        )}
      </fieldset>
      <div className={shared.field}>
        <label htmlFor="status-note">Note</label>
        <input id="status-note" required value={note} onChange={(e) => setNote(e.target.value)} placeholder="What the evidence shows" disabled={state.busy} />
      </div>
      <div className={shared.row}>
        <button type="submit" className={shared.button} disabled={state.busy}>
          Change to {CLAIM_STATUS_META[status].label}
        </button>
      </div>
      <WriteFeedback state={state} />
    </form>
  );
}
