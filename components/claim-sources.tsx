import { SOURCE_KIND_LABELS } from "@/lib/claims/claim-labels";
import type { ProfileClaimSource } from "@/lib/models/get-model-profile";
import { formatDate, isoDay } from "./format";
import styles from "./claims.module.css";

/** Only http(s) links are rendered as links: a stored javascript: URL must never become clickable. */
function safeHref(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === "https:" || u.protocol === "http:" ? u.toString() : null;
  } catch {
    return null;
  }
}

/** `quotes`: the quoted passages too (the claims record page); the profile lists sources only. */
export function ClaimSources({ sources, quotes = true }: { sources: ProfileClaimSource[]; quotes?: boolean }) {
  if (sources.length === 0) {
    return <p className={styles.noSources}>No sources cited yet.</p>;
  }
  return (
    <ul className={styles.sources} aria-label="Sources">
      {sources.map((s) => {
        const href = safeHref(s.url);
        return (
          <li key={s.id} className={styles.source}>
            <div className={styles.sourceLine}>
              <span className={`${styles.kind} ${styles[`kind${s.kind}`] ?? ""}`}>{SOURCE_KIND_LABELS[s.kind]}</span>
              {s.publisher ? <span className={styles.publisher}>{s.publisher}</span> : null}
              {href ? (
                <a href={href} rel="noopener noreferrer" target="_blank" className={styles.sourceTitle}>
                  {s.title}
                </a>
              ) : (
                <span className={styles.sourceTitle}>{s.title}</span>
              )}
              {s.publishedAt ? (
                <time className={styles.sourceDate} dateTime={isoDay(s.publishedAt)}>
                  {formatDate(s.publishedAt)}
                </time>
              ) : null}
            </div>
            {quotes && s.quote ? <blockquote className={styles.quote}>{s.quote}</blockquote> : null}
          </li>
        );
      })}
    </ul>
  );
}
