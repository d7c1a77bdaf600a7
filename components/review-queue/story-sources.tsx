import styles from "./review-queue.module.css";
import type { ReviewItem } from "./review-types";

/** Every outlet's report of the story: the queue shows a story once, reviewing it reviews them all. */
export function StorySources({ item }: { item: ReviewItem }) {
  const others = item.cluster?.others ?? [];
  if (others.length === 0) return null;
  return (
    <section className={styles.cluster} aria-label="Sources of this story">
      <h4>
        Same story from {others.length + 1} sources
        <span className={styles.clusterNote}> — reviewing this item reviews the reports still new</span>
      </h4>
      <ul>
        {[item, ...others].map((o) => (
          <li key={o.id}>
            <span className={styles.outlet}>{o.source ?? "Unknown source"}</span>{" "}
            {o.language ? <span className={styles.chipState}>[{o.language}] </span> : null}
            <a href={o.url} target="_blank" rel="noopener noreferrer" lang={o.language ?? undefined}>
              {o.title}
            </a>
            {o.id !== item.id && o.reviewStatus !== "NEW" ? (
              <span className={styles.chipState}> ({o.reviewStatus.toLowerCase()})</span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
