import type { ModelChoice } from "@/lib/models/list-model-choices";
import styles from "./compare.module.css";

function Options({ choices }: { choices: ModelChoice[] }) {
  return (
    <>
      {choices.map((c) => (
        <option key={c.slug} value={c.slug}>
          {c.name}
          {c.organization ? ` — ${c.organization}` : ""}
        </option>
      ))}
    </>
  );
}

/**
 * Picks the models to compare with a plain GET form (no JS needed): one select
 * per chosen model (set it to "none" to drop it) and one more to add a model.
 * The page folds the repeated `models` fields into `?models=a,b`.
 */
export function CompareModelPicker({ choices, selected, max }: { choices: ModelChoice[]; selected: string[]; max: number }) {
  // An empty page offers two selects, so a first comparison takes one submit.
  const extra = selected.length === 0 ? 2 : selected.length < max ? 1 : 0;
  return (
    <form method="get" action="/compare" className={styles.picker} data-testid="compare-picker">
      <fieldset>
        <legend>Models to compare</legend>
        <div className={styles.fields}>
          {selected.map((slug, i) => (
            <div className={styles.field} key={slug}>
              <label htmlFor={`model-${i}`}>Model {i + 1}</label>
              <select id={`model-${i}`} name="models" defaultValue={slug} className={styles.select}>
                <option value="">— none (remove) —</option>
                <Options choices={choices} />
              </select>
            </div>
          ))}
          {Array.from({ length: extra }, (_, k) => {
            const n = selected.length + k;
            return (
              <div className={styles.field} key={`add-${n}`}>
                <label htmlFor={`model-${n}`}>{selected.length === 0 ? `Model ${n + 1}` : "Add a model"}</label>
                <select id={`model-${n}`} name="models" defaultValue="" className={styles.select}>
                  <option value="">Choose a model…</option>
                  <Options choices={choices} />
                </select>
              </div>
            );
          })}
          <button type="submit" className={styles.button}>
            Compare
          </button>
        </div>
        <p className={styles.hint}>Up to {max} models. The address of this page can be shared: it lists the models compared.</p>
      </fieldset>
    </form>
  );
}
