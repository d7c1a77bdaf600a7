"use client";

import shared from "@/components/editor/editor.module.css";
import { SOURCE_KIND_LABELS } from "@/lib/claims/claim-labels";
import { SourceKind } from "@/lib/db/enums";
import styles from "./claims-editor.module.css";

export interface SourceDraft {
  url: string;
  title: string;
  publisher: string;
  kind: SourceKind;
  quote: string;
  publishedAt: string;
  newsItemId: string;
}

export const EMPTY_SOURCE: SourceDraft = { url: "", title: "", publisher: "", kind: "PRESS", quote: "", publishedAt: "", newsItemId: "" };

/** The draft as the API takes it: empty optional fields left out. */
export function toSourceBody(s: SourceDraft) {
  return {
    url: s.url.trim(),
    title: s.title.trim(),
    kind: s.kind,
    ...(s.publisher.trim() ? { publisher: s.publisher.trim() } : {}),
    ...(s.quote.trim() ? { quote: s.quote.trim() } : {}),
    ...(s.publishedAt ? { publishedAt: s.publishedAt } : {}),
    ...(s.newsItemId ? { newsItemId: s.newsItemId } : {}),
  };
}

/** One source's inputs; `idPrefix` keeps label/input pairs unique when several are on a page. */
export function SourceFields({
  value,
  onChange,
  idPrefix,
  required = true,
}: {
  value: SourceDraft;
  onChange: (next: SourceDraft) => void;
  idPrefix: string;
  required?: boolean;
}) {
  const set = <K extends keyof SourceDraft>(key: K) => (e: { target: { value: string } }) =>
    onChange({ ...value, [key]: e.target.value as SourceDraft[K] });
  return (
    <div className={styles.sourceGrid}>
      <div className={shared.field}>
        <label htmlFor={`${idPrefix}-url`}>URL</label>
        <input id={`${idPrefix}-url`} type="url" required={required} value={value.url} onChange={set("url")} placeholder="https://" />
      </div>
      <div className={shared.field}>
        <label htmlFor={`${idPrefix}-title`}>Title</label>
        <input id={`${idPrefix}-title`} required={required} value={value.title} onChange={set("title")} />
      </div>
      <div className={shared.field}>
        <label htmlFor={`${idPrefix}-publisher`}>Publisher</label>
        <input id={`${idPrefix}-publisher`} value={value.publisher} onChange={set("publisher")} />
      </div>
      <div className={shared.field}>
        <label htmlFor={`${idPrefix}-kind`}>Kind</label>
        <select id={`${idPrefix}-kind`} value={value.kind} onChange={set("kind")} aria-describedby={`${idPrefix}-kind-hint`}>
          {Object.values(SourceKind).map((k) => (
            <option key={k} value={k}>
              {SOURCE_KIND_LABELS[k]}
            </option>
          ))}
        </select>
        <span id={`${idPrefix}-kind-hint`} className={shared.hint}>
          Only Official or Independent sources can verify a claim.
        </span>
      </div>
      <div className={shared.field}>
        <label htmlFor={`${idPrefix}-published`}>Published on</label>
        <input id={`${idPrefix}-published`} type="date" value={value.publishedAt} onChange={set("publishedAt")} />
      </div>
      <div className={`${shared.field} ${styles.wide}`}>
        <label htmlFor={`${idPrefix}-quote`}>Quoted passage</label>
        <textarea id={`${idPrefix}-quote`} value={value.quote} onChange={set("quote")} />
      </div>
    </div>
  );
}
