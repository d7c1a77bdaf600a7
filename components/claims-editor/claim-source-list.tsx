import shared from "@/components/editor/editor.module.css";
import { SOURCE_KIND_LABELS } from "@/lib/claims/claim-labels";
import type { ClaimSourceView } from "./claim-view";
import styles from "./claims-editor.module.css";

export function ClaimSourceList({ sources }: { sources: ClaimSourceView[] }) {
  if (!sources.length) return <p className={shared.muted}>No sources yet.</p>;
  return (
    <ul className={styles.sources}>
      {sources.map((s) => (
        <li key={s.id}>
          <a href={s.url} rel="noopener noreferrer" target="_blank">
            {s.title}
          </a>{" "}
          <span className={shared.hint}>
            {SOURCE_KIND_LABELS[s.kind]}
            {s.publisher ? ` · ${s.publisher}` : ""}
            {s.publishedAt ? ` · ${s.publishedAt.slice(0, 10)}` : ""}
          </span>
          {s.quote && <blockquote>“{s.quote}”</blockquote>}
        </li>
      ))}
    </ul>
  );
}
