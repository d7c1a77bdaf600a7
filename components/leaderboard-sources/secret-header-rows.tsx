"use client";

import shared from "@/components/editor/editor.module.css";
import styles from "./sources.module.css";

export interface HeaderRow {
  name: string;
  value: string;
}

export const MAX_HEADER_ROWS = 5;

/** The rows that name a header, as the API's `{ name: value }`; empty rows are left out. */
export function headersOf(rows: readonly HeaderRow[]): Record<string, string> {
  return Object.fromEntries(rows.filter((r) => r.name.trim() || r.value).map((r) => [r.name.trim(), r.value]));
}

/**
 * Secret request headers as name/value rows (values typed as passwords,
 * write-only): one row to start, "Add header" for more, up to five.
 */
export function SecretHeaderRows({ id, rows, onChange, error, limit = MAX_HEADER_ROWS }: { id: string; rows: HeaderRow[]; onChange: (rows: HeaderRow[]) => void; error?: string; limit?: number }) {
  const update = (i: number, patch: Partial<HeaderRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className={styles.headerRows} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}>
      <legend className={shared.label}>Secret request headers (optional)</legend>
      {rows.map((row, i) => (
        <div key={i} className={styles.headerPair}>
          <div className={shared.field}>
            <label htmlFor={`${id}-name-${i}`}>Header name</label>
            <input id={`${id}-name-${i}`} maxLength={100} placeholder="x-api-key" value={row.name} aria-invalid={error ? true : undefined} onChange={(e) => update(i, { name: e.target.value })} />
          </div>
          <div className={shared.field}>
            <label htmlFor={`${id}-value-${i}`}>Value</label>
            <div className={styles.valueRow}>
              <input id={`${id}-value-${i}`} type="password" autoComplete="off" maxLength={2000} value={row.value} onChange={(e) => update(i, { value: e.target.value })} />
              {rows.length > 1 ? (
                <button type="button" className={shared.buttonSecondary} onClick={() => onChange(rows.filter((_, j) => j !== i))} aria-label={`Remove header row ${i + 1}`}>
                  Remove
                </button>
              ) : null}
            </div>
          </div>
        </div>
      ))}
      <span id={`${id}-hint`} className={shared.hint}>
        E.g. an API key. Write-only: stored on the server, sent only to the source&apos;s own host, never shown again.
      </span>
      {rows.length < limit ? (
        <div>
          <button type="button" className={shared.buttonSecondary} onClick={() => onChange([...rows, { name: "", value: "" }])}>
            Add header
          </button>
        </div>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className={styles.fieldError} role="alert">
          ⚠ {error}
        </span>
      ) : null}
    </fieldset>
  );
}
