import { toIntervalBar, type IntervalInput } from "@/lib/elo/chart-data-interval";
import styles from "./standings.module.css";

/**
 * A model's 95% interval on the scale shared by its table: bars that overlap
 * vertically are statistically tied. Decorative; the numbers sit beside it.
 */
export function IntervalBar({ entry, scale }: { entry: IntervalInput; scale: readonly [number, number] }) {
  const bar = toIntervalBar(entry, scale);
  return (
    <span className={styles.ibar} aria-hidden="true">
      {bar.hasInterval ? <span className={styles.ibarRange} style={{ left: `${bar.left}%`, width: `${bar.width}%` }} /> : null}
      <span className={styles.ibarPoint} style={{ left: `${bar.point}%` }} />
    </span>
  );
}
