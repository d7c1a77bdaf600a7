import { cache } from "react";
import { cachedRead } from "@/lib/cache/cached-read";
import { cacheTags } from "@/lib/cache/cache-tags";
import { getDb } from "@/lib/db";
import { getBoardPublication } from "@/lib/sources/get-board-publication";
import { listLeaderboardStandings } from "@/lib/models/list-leaderboard-standings";
import type { AsOfDate } from "./parse-as-of-date";
import { getBoardHistory } from "./get-board-history";
import { listSnapshotDates } from "./list-snapshot-dates";

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

/**
 * Everything a leaderboard page shows — standings as of a date (or the
 * latest), every snapshot date, the history chart, the source's newest
 * version (a new one expires board:<slug>) — as one cached read tagged
 * board:<slug> and catalog (standings name models and count their claims).
 * Null for an unknown board. Shared by metadata and page within a render.
 */
export const loadBoardPage = cache(async (slug: string, asOf: AsOfDate) => {
  if (!SLUG.test(slug)) return null;
  const at = asOf.kind === "date" ? asOf.endOfDay : null;
  return cachedRead(["board-page", slug, at?.toISOString() ?? "latest"], [cacheTags.board(slug), cacheTags.catalog], async () => {
    const standings = await listLeaderboardStandings(slug, at ? { at } : {});
    if (standings.kind !== "ok") return null;
    const [dates, history, publication] = await Promise.all([
      listSnapshotDates(standings.board.id),
      getBoardHistory(standings.board),
      getBoardPublication(await getDb(), standings.board.id),
    ]);
    return { standings, dates, history, publication };
  });
});
