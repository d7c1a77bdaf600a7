"use client";

// A client component only so that the page carries its data, not its rendered
// tree, in the RSC payload (lighter cached pages): it has no state.
import type { ModelNewsItem } from "@/lib/models/list-model-news";
import { formatDate, isoDay } from "./format";
import styles from "./model.module.css";

function safeHref(url: string): string | null {
  return /^https?:\/\//i.test(url) ? url : null;
}

/** News an editor reviewed as relevant and confirmed as about this model, newest first, with date and outlet. */
export function NewsTimeline({ items }: { items: ModelNewsItem[] }) {
  if (items.length === 0) return <p className="muted">No reviewed news about this model yet.</p>;
  return (
    <ol className={styles.timeline} data-testid="news-timeline">
      {items.map((n) => {
        const href = safeHref(n.url);
        return (
          <li key={n.id} data-testid="news-item">
            <span className={styles.tlDate}>
              <time dateTime={isoDay(n.publishedAt)}>{formatDate(n.publishedAt)}</time>
              {n.sourceName ? <> · {n.sourceName}</> : null}
            </span>
            {href ? (
              <a href={href} rel="noopener noreferrer" target="_blank" className={styles.newsTitle} lang={n.language ?? undefined}>
                {n.title}
              </a>
            ) : (
              <span className={styles.newsTitle} lang={n.language ?? undefined}>
                {n.title}
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
