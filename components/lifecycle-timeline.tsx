"use client";

// A client component only so that the page carries its data, not its rendered
// tree, in the RSC payload (lighter cached pages): it has no state.
import type { ProfileLifecycleEvent } from "@/lib/models/get-model-profile";
import { LIFECYCLE_LABELS } from "@/lib/models/model-labels";
import { formatDate, isoDay } from "./format";
import styles from "./model.module.css";

function safeHref(url: string | null): string | null {
  if (!url) return null;
  return /^https?:\/\//i.test(url) ? url : null;
}

export function LifecycleTimeline({ events }: { events: ProfileLifecycleEvent[] }) {
  if (events.length === 0) return <p className="muted">No lifecycle steps recorded.</p>;
  return (
    <ol className={styles.timeline} data-testid="lifecycle-timeline">
      {events.map((e) => {
        const href = safeHref(e.sourceUrl);
        return (
          <li key={e.id}>
            <time dateTime={isoDay(e.occurredAt)} className={styles.tlDate}>
              {formatDate(e.occurredAt)}
            </time>
            <span className={styles.tlStage}>{LIFECYCLE_LABELS[e.toStage]}</span>
            <span className={styles.tlNote}>
              {e.note}
              {href ? (
                <>
                  {" "}
                  <a href={href} rel="noopener noreferrer" target="_blank">
                    source
                  </a>
                </>
              ) : null}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
