import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { isoDay } from "@/components/format";
import { LeaderboardBoardHeader } from "@/components/leaderboard-board-header";
import { LeaderboardHistoryChart } from "@/components/leaderboard-history-chart";
import { LeaderboardHistoryTable } from "@/components/leaderboard-history-table";
import { LeaderboardStandingsSection } from "@/components/leaderboard-standings-section";
import styles from "@/components/leaderboards.module.css";
import { getBoardHistory } from "@/lib/leaderboards/get-board-history";
import { partitionStandings } from "@/lib/leaderboards/group-tied-standings";
import { listSnapshotDates } from "@/lib/leaderboards/list-snapshot-dates";
import { parseAsOfDate } from "@/lib/leaderboards/parse-as-of-date";
import { listLeaderboardStandings } from "@/lib/models/list-leaderboard-standings";

// Reads the database on every request; never at build time.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

// generateMetadata and the page both need the standings: one load per request.
const loadStandings = cache((slug: string, endOfDay: number | null) =>
  SLUG.test(slug) ? listLeaderboardStandings(slug, endOfDay === null ? {} : { at: new Date(endOfDay) }) : null,
);

async function load({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const asOf = parseAsOfDate(query.at);
  const standings = await loadStandings(slug, asOf.kind === "date" ? asOf.endOfDay.getTime() : null);
  return { asOf, standings: standings?.kind === "ok" ? standings : null };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { standings } = await load(props);
  if (!standings) return { title: "Leaderboard not found" };
  return {
    title: `${standings.board.name} leaderboard`,
    description: `${standings.board.name} (${standings.board.source}): Elo ratings with 95% intervals, rank with uncertainty, provisional entries and history.`,
    alternates: {
      types: {
        "application/atom+xml": [
          { url: `/feeds/leaderboards/${standings.board.slug}`, title: `${standings.board.name}: rank changes` },
        ],
      },
    },
  };
}

export default async function LeaderboardPage(props: Props) {
  const { asOf, standings } = await load(props);
  if (!standings) notFound();
  const { board, boards, capturedAt, rows, isDemo } = standings;
  const [dates, history] = await Promise.all([listSnapshotDates(board.id), getBoardHistory(board)]);
  const { ranked, provisional } = partitionStandings(rows);

  return (
    <>
      <LeaderboardBoardHeader board={board} boards={boards} isDemo={isDemo} />
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
