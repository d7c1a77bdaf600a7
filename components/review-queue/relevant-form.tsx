"use client";

import { useId, useState } from "react";
import editor from "@/components/editor/editor.module.css";
import styles from "./review-queue.module.css";
import type { ModelChoice, ReviewItem } from "./review-types";

/**
 * Confirms the item's models: its linked models as checkboxes (suggested and
 * confirmed ones ticked) plus any other model picked from the list. Sends the
 * full set, so unticked models are rejected.
 */
export function RelevantForm({
  item,
  models,
  busy,
  onConfirm,
  onCancel,
}: {
  item: ReviewItem;
  models: ModelChoice[];
  busy: boolean;
  onConfirm: (modelSlugs: string[]) => void;
  onCancel: () => void;
}) {
  const [linked, setLinked] = useState(() => item.models.map((m) => ({ slug: m.slug, name: m.name, from: m.state })));
  const [chosen, setChosen] = useState(() => new Set(item.models.filter((m) => m.state !== "REJECTED").map((m) => m.slug)));
  const [pick, setPick] = useState("");
  const pickId = useId();
  const available = models.filter((m) => !linked.some((l) => l.slug === m.slug));

  const toggle = (slug: string) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(slug)) next.delete(slug);
      else next.add(slug);
      return next;
    });

  const add = () => {
    const model = models.find((m) => m.slug === pick);
    if (!model) return;
    setLinked((prev) => [...prev, { slug: model.slug, name: model.name, from: "CONFIRMED" }]);
    setChosen((prev) => new Set(prev).add(model.slug));
    setPick("");
  };

  return (
    <form
      className={styles.panelForm}
      onSubmit={(e) => {
        e.preventDefault();
        onConfirm(linked.filter((l) => chosen.has(l.slug)).map((l) => l.slug));
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") onCancel();
      }}
    >
      <fieldset className={styles.fieldset}>
        <legend className={editor.label}>Models this item is about</legend>
        {linked.length === 0 ? <p className={editor.hint}>No model was matched: add one below, or confirm without.</p> : null}
        {linked.map((l, i) => (
          <label key={l.slug} className={styles.check}>
            <input type="checkbox" checked={chosen.has(l.slug)} onChange={() => toggle(l.slug)} data-autofocus={i === 0 || undefined} />
            {l.name}
            <span className={editor.hint}>{l.from === "SUGGESTED" ? "suggested" : l.from === "REJECTED" ? "rejected earlier" : "confirmed"}</span>
          </label>
        ))}
      </fieldset>
      <div className={styles.addRow}>
        <div className={editor.field}>
          <label htmlFor={pickId}>Add another model</label>
          <select id={pickId} className={editor.input} value={pick} onChange={(e) => setPick(e.target.value)} data-autofocus={linked.length === 0 || undefined}>
            <option value="">Choose a model…</option>
            {available.map((m) => (
              <option key={m.slug} value={m.slug}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className={editor.buttonSecondary} onClick={add} disabled={!pick}>
          Add
        </button>
      </div>
      <div className={editor.row}>
        <button type="submit" className={editor.button} disabled={busy}>
          Confirm relevant{chosen.size ? ` (${chosen.size} model${chosen.size === 1 ? "" : "s"})` : ""}
        </button>
        <button type="button" className={editor.buttonSecondary} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
