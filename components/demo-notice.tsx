import styles from "./ui.module.css";

/** Shown wherever demo rows are on screen, so illustrative numbers are never mistaken for real ones. */
export function DemoNotice({ children }: { children?: React.ReactNode }) {
  return (
    <p className={styles.notice} role="note" data-testid="demo-notice">
      <span className={styles.noticeIcon} aria-hidden="true">
        ◆
      </span>
      <span>
        <strong>Demo data — illustrative.</strong>{" "}
        {children ?? "These ratings, claims and news were written to show how Modelwatch works; they are not real measurements."}
      </span>
    </p>
  );
}
