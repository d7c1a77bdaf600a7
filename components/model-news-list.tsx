import type { ModelNewsItem } from "@/lib/models/list-model-news";
import { formatDate, isoDay } from "./format";
import ui from "./ui.module.css";
import styles from "./model.module.css";

export function ModelNewsList({ items }: { items: ModelNewsItem[] }) {
  if (items.length === 0) return <p className="muted">No reviewed news about this model yet.</p>;
  return (
    <ul className={styles.news} data-testid="model-news">
      {items.map((n) => (
        <li key={n.id}>
          <a href={/^https?:\/\//i.test(n.url) ? n.url : undefined} rel="noopener noreferrer" target="_blank" className={styles.newsTitle}>
            {n.title}
          </a>
          <span className={styles.newsMeta}>
            {n.sourceName ? <>{n.sourceName} · </> : null}
            <time dateTime={isoDay(n.publishedAt)}>{formatDate(n.publishedAt)}</time>
            {n.isDemo ? (
              <>
                {" "}
                <span className={ui.chipWarn}>Demo</span>
              </>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
