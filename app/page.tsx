import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { EmptyState } from "@/components/empty-state";
import { LeaderboardSection } from "@/components/leaderboard-section";
import { ReadingGuide } from "@/components/reading-guide";
import links from "@/components/home-links.module.css";
import styles from "@/components/home.module.css";
import { cachedRead } from "@/lib/cache/cached-read";
import { cacheTags } from "@/lib/cache/cache-tags";
import { listLeaderboardStandings } from "@/lib/models/list-leaderboard-standings";

// Reads ?board= so it renders per request, from cached reads (lib/cache); never at build time.
export const dynamic = "force-dynamic";

const query = z.object({
  board: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,99}$/)
    .optional()
    .catch(undefined),
});

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { board: boardSlug } = query.parse(await searchParams);
  const standings = await cachedRead(["home-standings", boardSlug ?? ""], [cacheTags.catalog], () => listLeaderboardStandings(boardSlug));
  if (standings.kind === "unknown-board") notFound();

  return (
    <>
      <section className={styles.hero} aria-labelledby="home-title">
        <span className={styles.eyebrow}>AI video models</span>
        <h1 id="home-title">What is known, what is only claimed, and who really leads</h1>
        <p className={styles.lead}>
          Blind-arena Elo ratings with their 95% intervals, every claim about a model with its status and sources,
          and the news that changes them.
        </p>
      </section>

      <section id="leaderboards" className={styles.section} aria-labelledby="leaderboards-title">
        <div className={styles.sectionHead}>
          <h2 id="leaderboards-title">Leaderboards</h2>
          <p className={links.sectionLinks}>
            <Link href="/leaderboards">All leaderboards</Link>
            <Link href="/compare">Compare models</Link>
            <Link href="/search">Search</Link>
          </p>
        </div>
        {standings.kind === "no-leaderboards" ? (
          <EmptyState title="No leaderboards yet" icon="∿">
            <p>Once an editor adds a leaderboard and imports its ratings, the standings appear here.</p>
          </EmptyState>
        ) : (
          <LeaderboardSection
            boards={standings.boards}
            board={standings.board}
            capturedAt={standings.capturedAt}
            rows={standings.rows}
            isDemo={standings.isDemo}
          />
        )}
      </section>

      <ReadingGuide />
    </>
  );
}
