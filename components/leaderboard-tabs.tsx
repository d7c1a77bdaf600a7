import Link from "next/link";
import styles from "./standings.module.css";

export interface LeaderboardTab {
  slug: string;
  name: string;
  withAudio: boolean;
}

/**
 * Switches between leaderboards with plain links, so it works without JS: on
 * the home page (?board=slug) or between the leaderboard pages.
 */
export function LeaderboardTabs({
  boards,
  current,
  linkTo = "home",
}: {
  boards: LeaderboardTab[];
  current: string;
  linkTo?: "home" | "board-page";
}) {
  if (boards.length < 2) return null;
  return (
    <nav aria-label="Leaderboards" className={styles.tabs} data-testid="leaderboard-tabs">
      <ul>
        {boards.map((b, i) => (
          <li key={b.slug}>
            <Link
              href={
                linkTo === "board-page"
                  ? `/leaderboards/${encodeURIComponent(b.slug)}`
                  : i === 0
                    ? "/#leaderboards"
                    : `/?board=${encodeURIComponent(b.slug)}#leaderboards`
              }
              className={styles.tab}
              aria-current={b.slug === current ? "page" : undefined}
              scroll={linkTo === "board-page"}
            >
              {b.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
