import shared from "@/components/editor/editor.module.css";
import { RunningJobs } from "@/components/jobs/running-jobs";
import type { FeedHealth } from "@/lib/api/v1/schemas/feed-schemas";
import { FeedAddForm } from "./feed-add-form";
import styles from "./feed-health.module.css";
import { FeedHealthTable } from "./feed-health-table";
import { FeedOpmlPanel } from "./feed-opml-panel";
import { feedStatus, type FeedStatus } from "./feed-status";

export interface FeedHealthViewProps {
  feeds: FeedHealth[];
  now: Date;
}

// Broken first, then failing, disabled, and the healthy ones: what needs an editor comes first.
const ORDER: Record<FeedStatus, number> = { broken: 0, failing: 1, disabled: 2, new: 3, ok: 4 };

/** The feed health page: summary, running ingestion, the table, adding feeds and OPML. */
export function FeedHealthView({ feeds, now }: FeedHealthViewProps) {
  const sorted = [...feeds].sort((a, b) => ORDER[feedStatus(a)] - ORDER[feedStatus(b)]);
  const count = (s: FeedStatus) => feeds.filter((f) => feedStatus(f) === s).length;
  return (
    <>
      <div className={styles.titleRow}>
        <h1>Feeds</h1>
        <ul className={styles.summary} aria-label="Feeds by status">
          <li className={`${styles.badge} ${styles.neutral}`}>{feeds.length} feeds</li>
          {count("broken") ? <li className={`${styles.badge} ${styles.broken}`}>{count("broken")} broken</li> : null}
          {count("failing") ? <li className={`${styles.badge} ${styles.failing}`}>{count("failing")} failing</li> : null}
          {count("disabled") ? <li className={`${styles.badge} ${styles.disabled}`}>{count("disabled")} disabled</li> : null}
        </ul>
      </div>

      <section aria-label="Ingestion">
        <RunningJobs type="news.ingest" label="Ingestion" />
      </section>

      <section className={`${shared.panel} ${styles.panel}`} aria-labelledby="feeds-heading">
        <h2 id="feeds-heading">Health</h2>
        {feeds.length ? (
          <FeedHealthTable feeds={sorted} now={now} />
        ) : (
          <p className={shared.muted}>No feeds yet: add one by URL or import an OPML file below.</p>
        )}
      </section>

      <section className={`${shared.panel} ${styles.panel}`} aria-labelledby="add-feed-heading">
        <h2 id="add-feed-heading">Add a feed</h2>
        <FeedAddForm />
      </section>

      <section className={`${shared.panel} ${styles.panel}`} aria-labelledby="opml-heading">
        <h2 id="opml-heading">OPML</h2>
        <FeedOpmlPanel />
      </section>
    </>
  );
}
