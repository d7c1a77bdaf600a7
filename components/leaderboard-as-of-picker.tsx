import Link from "next/link";
import { formatDate } from "./format";
import styles from "./leaderboards.module.css";

/**
 * "As of" a past snapshot: a plain GET form (works without JS) listing every
 * capture date, plus links to the neighbouring snapshots and the latest one.
 */
export function LeaderboardAsOfPicker({
  boardSlug,
  days,
  shownDay,
  isLatest,
}: {
  boardSlug: string;
  /** ISO days (YYYY-MM-DD) of every snapshot, newest first. */
  days: string[];
  /** The snapshot on screen, or null when none is. */
  shownDay: string | null;
  isLatest: boolean;
}) {
  if (days.length === 0) return null;
  const base = `/leaderboards/${boardSlug}`;
  const i = shownDay ? days.indexOf(shownDay) : -1;
  const earlier = i >= 0 ? days[i + 1] : undefined;
  const later = i > 0 ? days[i - 1] : undefined;
  const latest = days[0] as string;
  return (
    <div>
      <form method="get" action={base} className={styles.picker} data-testid="as-of-picker">
        <label htmlFor="as-of">As of</label>
        <select id="as-of" name="at" defaultValue={isLatest || !shownDay ? "" : shownDay} className={styles.select}>
          <option value="">Latest ({formatDate(latest)})</option>
          {days.map((d) => (
            <option key={d} value={d}>
              {formatDate(d)}
            </option>
          ))}
        </select>
        <button type="submit" className={styles.button}>
          Show
        </button>
      </form>
      <ul className={styles.stepper} aria-label="Other snapshots">
        {earlier ? (
          <li>
            <Link href={`${base}?at=${earlier}`} rel="prev">
              ← Earlier ({formatDate(earlier)})
            </Link>
          </li>
        ) : null}
        {later && later !== latest ? (
          <li>
            <Link href={`${base}?at=${later}`} rel="next">
              Later ({formatDate(later)}) →
            </Link>
          </li>
        ) : null}
        {!isLatest ? (
          <li>
            <Link href={base} data-testid="latest-link">
              Latest standings
            </Link>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
