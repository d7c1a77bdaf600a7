"use client";

import { Modality } from "@/lib/db/enums";
import { MODALITY_LABELS } from "@/lib/models/model-labels";
import styles from "./catalog-editor.module.css";

/** The modalities as checkboxes in a labelled group. */
export function ModalityChecks({ value, onChange, idPrefix }: { value: Modality[]; onChange: (next: Modality[]) => void; idPrefix: string }) {
  return (
    <fieldset className={styles.checks}>
      <legend>Modalities</legend>
      {Object.values(Modality).map((m) => (
        <label key={m} htmlFor={`${idPrefix}-${m}`}>
          <input
            id={`${idPrefix}-${m}`}
            type="checkbox"
            checked={value.includes(m)}
            onChange={(e) => onChange(e.target.checked ? [...value, m] : value.filter((x) => x !== m))}
          />
          {MODALITY_LABELS[m]}
        </label>
      ))}
    </fieldset>
  );
}
