import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isoDay } from "@/components/format";
import { LeaderboardBoardHeader } from "@/components/leaderboard-board-header";
import { LeaderboardHistoryChart } from "@/components/leaderboard-history-chart";
import { LeaderboardHistoryTable } from "@/components/leaderboard-history-table";
import { LeaderboardStandingsSection } from "@/components/leaderboard-standings-section";
import styles from "@/components/leaderboards.module.css";
import { partitionStandings } from "@/lib/leaderboards/group-tied-standings";
import { loadBoardPage } from "@/lib/leaderboards/load-board-page";
import type { AsOfDate } from "@/lib/leaderboards/parse-as-of-date";

// One leaderboard page, shared by the latest view (/leaderboards/{slug}) and
// the "as of" view (?at=, rewritten to /leaderboards/{slug}/as-of/{day} in
// next.config.js so both are cached pages).

export async function boardMetadata(slug: string, asOf: AsOfDate): Promise<Metadata> {
  const data = await loadBoardPage(slug, asOf);
  if (!data) return { title: "Leaderboard not found" };
  const { board } = data.standings;
  return {
    title: `${board.name} leaderboard`,
    description: `${board.name} (${board.source}): Elo ratings with 95% intervals, rank with uncertainty, provisional entries and history.`,
    alternates: {
      canonical: `/leaderboards/${board.slug}${asOf.kind === "date" ? `?at=${asOf.day}` : ""}`,
      types: {
        "application/atom+xml": [{ url: `/feeds/leaderboards/${board.slug}`, title: `${board.name}: rank changes` }],
      },
    },
  };
}

export async function BoardPage({ slug, asOf }: { slug: string; asOf: AsOfDate }) {
  const data = await loadBoardPage(slug, asOf);
  if (!data) notFound();
  const { standings, dates, history, publication } = data;
  const { board, boards, capturedAt, rows, isDemo } = standings;
  const { ranked, provisional } = partitionStandings(rows);

  return (
    <>
      <LeaderboardBoardHeader board={board} boards={boards} isDemo={isDemo} publication={publication} />
      <LeaderboardStandingsSection
        board={board}
        asOf={asOf}
        capturedAt={capturedAt}
        ranked={ranked}
        provisional={provisional}
        days={dates.map((d) => isoDay(d))}
      />
      {history.rows.length > 0 ? (
        <section className={styles.section} aria-labelledby="history-title">
          <div className={styles.sectionHead}>
            <h2 id="history-title">
              Rating history
              <span className={styles.sectionNote}>Pick models below; ± shades a model&apos;s 95% interval.</span>
            </h2>
          </div>
          <LeaderboardHistoryChart
            boardName={board.name}
            series={history.series}
            rows={history.rows}
            breaks={history.breaks}
            defaultVisible={history.defaultVisible}
            defaultBands={history.defaultBands}
            asOf={asOf.kind === "date" && capturedAt && isoDay(capturedAt) !== isoDay(dates[0] ?? capturedAt) ? { t: capturedAt.getTime(), date: isoDay(capturedAt) } : null}
          />
          <LeaderboardHistoryTable boardName={board.name} series={history.series} rows={history.rows} />
        </section>
      ) : null}
    </>
  );
}
