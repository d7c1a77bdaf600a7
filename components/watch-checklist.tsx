"use client";

// A client component only so that the page carries its data, not its rendered
// tree, in the RSC payload (lighter cached pages): it has no state.
import type { WatchItem, WatchState } from "@/lib/claims/derive-watch-checklist";
import styles from "./watch-checklist.module.css";

// Every state has its own glyph and words; colour only reinforces them.
const ICONS: Record<WatchState, string> = {
  verified: "✓",
  absent: "⊘",
  claimed: "?",
  refuted: "✗",
  changing: "↕",
  unknown: "–",
};

function EvidenceLink({ item }: { item: WatchItem }) {
  if (!item.href) return null;
  return (
    <a href={item.href} className={styles.link}>
      {item.claimId ? "See the claim" : "See the ratings"}
      <span className="visually-hidden"> for “{item.label}”</span>
    </a>
  );
}

/** "What to watch": one row per open question about the model, each answered from its evidence. */
export function WatchChecklist({ items }: { items: WatchItem[] }) {
  return (
    <ul className={styles.list} data-testid="watch-checklist">
      {items.map((item) => (
        <li
          key={item.key}
          className={`${styles.item} ${styles[item.state]}`}
          data-testid="watch-item"
          data-item={item.key}
          data-state={item.state}
          data-review-due={item.reviewDue ? "true" : "false"}
        >
          <span className={styles.mark} aria-hidden="true">
            {ICONS[item.state]}
          </span>
          <div className={styles.body}>
            <p className={styles.label}>{item.label}</p>
            <p className={styles.status}>
              <span className={styles.statusText} data-testid="watch-status">
                {item.statusText}
              </span>
              {item.reviewDue ? (
                <span className={styles.recheck} data-testid="watch-recheck" title="The verdict is past its review date">
                  <span aria-hidden="true">↻ </span>needs re-check
                </span>
              ) : null}
            </p>
            <p className={styles.detail}>
              {item.detail}{" "}
              {item.openClaims > 0 ? (
                <span className={styles.more}>
                  +{item.openClaims} open claim{item.openClaims === 1 ? "" : "s"}.{" "}
                </span>
              ) : null}
              <EvidenceLink item={item} />
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
