import styles from "./feed-health.module.css";

/** A running ingestion, as the worker reports it (feeds done of total, new items so far). */
export interface IngestionProgressData {
  done: number;
  total: number;
  newItems: number;
  running: boolean;
}

export function IngestionProgress({ done, total, newItems, running }: IngestionProgressData) {
  return (
    <div className={styles.progress} role="status" aria-live="polite">
      <strong>{running ? "Ingestion running" : "Last ingestion run"}</strong>
      <progress max={Math.max(total, 1)} value={done} aria-label="Feeds fetched" />
      <span>
        {done} of {total} feeds fetched · {newItems} new items
      </span>
    </div>
  );
}
