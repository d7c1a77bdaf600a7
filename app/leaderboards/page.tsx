import type { Metadata } from "next";
import { DemoNotice } from "@/components/demo-notice";
import { EmptyState } from "@/components/empty-state";
import { LeaderboardIndexList } from "@/components/leaderboard-index-list";
import styles from "@/components/leaderboards.module.css";
import { cachedRead } from "@/lib/cache/cached-read";
import { cacheTags } from "@/lib/cache/cache-tags";
import { listLeaderboardIndex } from "@/lib/leaderboards/list-leaderboard-index";

// Rendered per request (a page without params would be built at build time) from a cached read.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Leaderboards",
  description: "Blind-arena Elo leaderboards for AI video models, with 95% intervals and rank with uncertainty.",
};

export default async function LeaderboardsPage() {
  const entries = await cachedRead(["leaderboard-index"], [cacheTags.catalog], () => listLeaderboardIndex());
  return (
    <>
      <header className={styles.pageHead}>
        <h1>Leaderboards</h1>
        <p className={styles.lead}>
          Each board is a separate pool of blind pairwise votes. A model is ranked once it has enough votes; models whose
          95% intervals overlap share a rank, because the votes do not yet say which is better.
        </p>
      </header>
      {entries.some((e) => e.isDemo) ? <DemoNotice /> : null}
      {entries.length === 0 ? (
        <EmptyState title="No leaderboards yet" icon="∿">
          <p>Once an editor adds a leaderboard and imports its ratings, it is listed here.</p>
        </EmptyState>
      ) : (
        <LeaderboardIndexList entries={entries} />
      )}
    </>
  );
}
