"use client";

import { useState } from "react";
import shared from "@/components/editor/editor.module.css";
import type { ClaimView } from "./claim-view";
import { EMPTY_SOURCE, SourceFields, toSourceBody, type SourceDraft } from "./source-fields";
import { useClaimWrite } from "./use-claim-write";
import { WriteFeedback } from "./write-feedback";
import styles from "./claims-editor.module.css";

export function ClaimSourceForm({ claim }: { claim: ClaimView }) {
  const state = useClaimWrite(claim.version);
  const [source, setSource] = useState<SourceDraft>(EMPTY_SOURCE);
  const [note, setNote] = useState("");

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    await state.write({
      method: "POST",
      path: `/api/v1/claims/${claim.id}/sources`,
      body: { source: toSourceBody(source), note },
      savedMessage: "Source added.",
      onSaved: () => {
        setSource(EMPTY_SOURCE);
        setNote("");
      },
    });
  }

  return (
    <form className={shared.form} onSubmit={submit} aria-labelledby="source-heading">
      <h2 id="source-heading">Add a source</h2>
      <fieldset className={styles.plainFieldset} disabled={state.busy}>
        <SourceFields idPrefix="new-source" value={source} onChange={setSource} />
        <div className={shared.field}>
          <label htmlFor="source-note">Note</label>
          <input id="source-note" required value={note} onChange={(e) => setNote(e.target.value)} placeholder="What this source adds" />
        </div>
        <div className={shared.row}>
          <button type="submit" className={shared.button}>
            Add source
          </button>
        </div>
      </fieldset>
      <WriteFeedback state={state} />
    </form>
  );
}
