"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import shared from "@/components/editor/editor.module.css";
import { describeProblem, sendJson } from "@/lib/api/client/send-json";
import { CLAIM_CATEGORY_LABELS, CLAIM_CATEGORY_ORDER, CONFIDENCE_LABELS } from "@/lib/claims/claim-labels";
import { Confidence, type ClaimCategory } from "@/lib/db/enums";
import { EMPTY_SOURCE, SourceFields, toSourceBody, type SourceDraft } from "./source-fields";
import styles from "./claims-editor.module.css";

export interface ModelOption {
  slug: string;
  name: string;
}

export interface ClaimFormPrefill {
  modelSlug: string | null;
  category: ClaimCategory | null;
  source: SourceDraft | null;
  /** Where the prefill came from, e.g. the news item's title. */
  fromNewsTitle: string | null;
}

/** Records a new claim; prefilled when the editor comes from a news item in the review queue. */
export function ClaimCreateForm({ models, prefill }: { models: ModelOption[]; prefill: ClaimFormPrefill }) {
  const router = useRouter();
  const [model, setModel] = useState(prefill.modelSlug ?? "");
  const [category, setCategory] = useState<ClaimCategory | "">(prefill.category ?? "");
  const [statement, setStatement] = useState("");
  const [confidence, setConfidence] = useState<Confidence>("SPECULATIVE");
  const [reviewBy, setReviewBy] = useState("");
  const [note, setNote] = useState(prefill.fromNewsTitle ? `From the news item “${prefill.fromNewsTitle}”` : "");
  const [sources, setSources] = useState<SourceDraft[]>(prefill.source ? [prefill.source] : []);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const res = await sendJson<{ data: { id: string } }>("POST", `/api/v1/models/${encodeURIComponent(model)}/claims`, {
      category,
      statement,
      confidence,
      ...(reviewBy ? { reviewBy } : {}),
      note,
      sources: sources.map(toSourceBody),
    });
    setBusy(false);
    if (res.ok) router.push(`/editor/claims/${res.data.data.id}`);
    else setError(describeProblem(res.problem));
  }

  return (
    <form className={`${shared.form} ${styles.wideForm}`} onSubmit={submit}>
      <div className={styles.twoCol}>
        <div className={shared.field}>
          <label htmlFor="claim-model">Model</label>
          <select id="claim-model" required value={model} onChange={(e) => setModel(e.target.value)}>
            <option value="">Choose a model…</option>
            {models.map((m) => (
              <option key={m.slug} value={m.slug}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
        <div className={shared.field}>
          <label htmlFor="claim-category">Category</label>
          <select id="claim-category" required value={category} onChange={(e) => setCategory(e.target.value as ClaimCategory)}>
            <option value="">Choose a category…</option>
            {CLAIM_CATEGORY_ORDER.map((c) => (
              <option key={c} value={c}>
                {CLAIM_CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className={shared.field}>
        <label htmlFor="claim-statement">Statement</label>
        <textarea id="claim-statement" required value={statement} onChange={(e) => setStatement(e.target.value)} aria-describedby="claim-statement-hint" />
        <span id="claim-statement-hint" className={shared.hint}>
          What is claimed, in one sentence, as the source says it. A new claim starts as Unverified.
        </span>
      </div>
      <div className={styles.twoCol}>
        <div className={shared.field}>
          <label htmlFor="claim-confidence">Confidence</label>
          <select id="claim-confidence" value={confidence} onChange={(e) => setConfidence(e.target.value as Confidence)}>
            {Object.values(Confidence).map((c) => (
              <option key={c} value={c}>
                {CONFIDENCE_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
        <div className={shared.field}>
          <label htmlFor="claim-review-by">Re-check by (optional)</label>
          <input id="claim-review-by" type="date" value={reviewBy} onChange={(e) => setReviewBy(e.target.value)} />
        </div>
      </div>

      <fieldset className={styles.fieldset}>
        <legend>Sources</legend>
        {sources.length === 0 && <p className={shared.muted}>No source yet. A claim can be recorded without one, but not verified.</p>}
        {sources.map((s, i) => (
          <div key={i} className={styles.sourceBlock}>
            <p className={styles.sourceHead}>
              Source {i + 1}
              {s.newsItemId && <span className={shared.hint}> · linked to the news item</span>}
            </p>
            <SourceFields idPrefix={`source-${i}`} value={s} onChange={(next) => setSources(sources.map((x, j) => (j === i ? next : x)))} />
            <button type="button" className={shared.buttonSecondary} onClick={() => setSources(sources.filter((_, j) => j !== i))}>
              Remove source {i + 1}
            </button>
          </div>
        ))}
        <button type="button" className={shared.buttonSecondary} onClick={() => setSources([...sources, EMPTY_SOURCE])}>
          + Add a source
        </button>
      </fieldset>

      <div className={shared.field}>
        <label htmlFor="claim-note">Note</label>
        <input id="claim-note" required value={note} onChange={(e) => setNote(e.target.value)} aria-describedby="claim-note-hint" />
        <span id="claim-note-hint" className={shared.hint}>
          Why this claim is recorded. Every change needs a note.
        </span>
      </div>
      {error && (
        <p className={shared.error} role="alert">
          ✗ {error}
        </p>
      )}
      <div className={shared.row}>
        <button type="submit" className={shared.button} disabled={busy}>
          {busy ? "Recording…" : "Record claim"}
        </button>
      </div>
    </form>
  );
}
