import type { z } from "zod";
import { NotFoundError } from "@/lib/errors";
import { listLeaderboardStandings } from "@/lib/models/list-leaderboard-standings";
import { DEFAULT_PAGE_SIZE, pageInMemory } from "@/lib/db/paginate";
import type { StandingsQuery } from "./query-schemas";
import { DEMO_NOTICE } from "./schemas/common-schemas";
import type { StandingDto, StandingListSchema } from "./schemas/leaderboard-schemas";

/** `at` is a day: a snapshot taken any time that day counts as "on or before" it. */
const endOfUtcDay = (day: string) => new Date(`${day}T23:59:59.999Z`);

export async function getStandingsPage(
  slug: string,
  query: StandingsQuery,
): Promise<z.output<typeof StandingListSchema>> {
  const result = await listLeaderboardStandings(slug, { at: query.at ? endOfUtcDay(query.at) : undefined });
  if (result.kind !== "ok") throw new NotFoundError(`No leaderboard with the slug "${slug}".`);
  const rows = result.rows.map(
    (r): StandingDto => ({
      model: r.slug,
      name: r.name,
      organization: r.organization,
      rating: r.rating,
      ciLow: r.ciLow,
      ciHigh: r.ciHigh,
      votes: r.votes,
      rank: r.rank,
      rankRange: r.rankRange,
      tied: r.tied,
      provisional: r.provisional,
      displayLabel: r.displayLabel,
      isDemo: r.modelIsDemo || result.board.isDemo,
    }),
  );
  // Best first: by rank, then rating (higher first), then slug for a total order.
  const page = pageInMemory(
    rows,
    { limit: query.limit ?? DEFAULT_PAGE_SIZE, after: query.cursor, scope: "standings" },
    (r) => [r.rank, -r.rating, r.model],
  );
  return {
    data: page.items,
    next: page.next,
    notice: result.isDemo ? DEMO_NOTICE : null,
    leaderboard: { slug: result.board.slug, name: result.board.name, isDemo: result.board.isDemo },
    capturedAt: result.capturedAt?.toISOString() ?? null,
    at: query.at ?? null,
  };
}
