import type { Db } from "@/lib/db";
import { listLeaderboardStandings } from "./list-leaderboard-standings";

/** The two best-ranked settled models on the main leaderboard: a first comparison worth making, or null. */
export async function suggestComparison(db?: Db): Promise<{ slug: string; name: string }[] | null> {
  const standings = await listLeaderboardStandings(undefined, { db });
  if (standings.kind !== "ok") return null;
  const top = standings.rows.filter((r) => !r.provisional).slice(0, 2);
  return top.length === 2 ? top.map((r) => ({ slug: r.slug, name: r.name })) : null;
}
