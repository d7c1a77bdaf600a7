import type { z } from "zod";
import { listLeaderboardLatestDates } from "@/lib/models/list-leaderboard-latest-dates";
import { listLeaderboards } from "@/lib/models/list-leaderboards";
import { DEFAULT_PAGE_SIZE, pageInMemory } from "@/lib/db/paginate";
import type { ListLeaderboardsQuery } from "./query-schemas";
import { noticeFor } from "./schemas/common-schemas";
import type { LeaderboardDto, LeaderboardListSchema } from "./schemas/leaderboard-schemas";
import { apiPaths } from "@/lib/models/api-paths";

export async function getLeaderboardsPage(query: ListLeaderboardsQuery): Promise<z.output<typeof LeaderboardListSchema>> {
  const [boards, latest] = await Promise.all([listLeaderboards(), listLeaderboardLatestDates()]);
  const page = pageInMemory(
    boards,
    { limit: query.limit ?? DEFAULT_PAGE_SIZE, after: query.cursor, scope: "leaderboards" },
    (b) => [b.position, b.slug],
  );
  const data = page.items.map(
    ({ position: _position, ...b }): LeaderboardDto => ({
      ...b,
      latestCapturedAt: latest.get(b.id)?.toISOString() ?? null,
      links: {
        standings: `${apiPaths.leaderboard(b.slug)}/standings`,
        history: `${apiPaths.leaderboard(b.slug)}/history`,
        historyCsv: `${apiPaths.leaderboard(b.slug)}/history.csv`,
        html: apiPaths.leaderboardPage(b.slug),
      },
    }),
  );
  return { data, next: page.next, notice: noticeFor(data) };
}
