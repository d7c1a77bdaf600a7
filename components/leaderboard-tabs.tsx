import Link from "next/link";
import styles from "./standings.module.css";

export interface LeaderboardTab {
  slug: string;
  name: string;
  withAudio: boolean;
}

/** Switches the home table between leaderboards with a plain link (?board=slug), so it works without JS. */
export function LeaderboardTabs({ boards, current }: { boards: LeaderboardTab[]; current: string }) {
  if (boards.length < 2) return null;
  return (
    <nav aria-label="Leaderboards" className={styles.tabs} data-testid="leaderboard-tabs">
      <ul>
        {boards.map((b, i) => (
          <li key={b.slug}>
            <Link
              href={i === 0 ? "/#leaderboards" : `/?board=${encodeURIComponent(b.slug)}#leaderboards`}
              className={styles.tab}
              aria-current={b.slug === current ? "page" : undefined}
              scroll={false}
            >
              {b.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
