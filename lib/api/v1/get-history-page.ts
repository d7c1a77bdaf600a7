import type { z } from "zod";
import { DEFAULT_PAGE_SIZE } from "@/lib/db/paginate";
import { findLeaderboardOrThrow, loadHistorySeries, pageHistoryModels } from "./load-history-series";
import type { HistoryQuery } from "./query-schemas";
import { DEMO_NOTICE, noticeFor } from "./schemas/common-schemas";
import type { HistoryListSchema } from "./schemas/leaderboard-schemas";

export async function getHistoryPage(slug: string, query: HistoryQuery): Promise<z.output<typeof HistoryListSchema>> {
  const board = await findLeaderboardOrThrow(slug);
  const page = await pageHistoryModels(board, {
    models: query.models,
    limit: query.limit ?? DEFAULT_PAGE_SIZE,
    afterSlug: query.cursor?.[0],
  });
  const data = await loadHistorySeries(board, page.items);
  return {
    data,
    next: page.next,
    notice: board.isDemo ? DEMO_NOTICE : noticeFor(data),
    leaderboard: { slug: board.slug, name: board.name, isDemo: board.isDemo },
  };
}
