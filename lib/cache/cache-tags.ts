// The tags that cached public pages, feeds and API reads carry, and that a
// committed change invalidates (invalidateCache). Fine tags keep unrelated
// profiles cached. What each covers, so a writer knows what to pass:
//   model:<slug>  everything shown about one model: profile page (claims,
//                 lifecycle, linked news, its rating history), API resource,
//                 model feed. A slug change invalidates the old and new slug.
//   board:<slug>  one leaderboard: its page (standings as of any date,
//                 history chart), standings/history API, rank-change feed.
//   catalog       every view that lists across models: home, leaderboard
//                 index and pages, compare, search, sitemap, API lists, the
//                 verifications feed.
//   news          reviewed news lists (API, search).
// So a claim change passes model:<slug> and catalog; a ratings import passes
// board:<slug>, catalog and model:<slug> of every model whose ratings moved.
export const cacheTags = {
  catalog: "catalog",
  model: (slug: string) => `model:${slug}`,
  board: (slug: string) => `board:${slug}`,
  news: "news",
  /** Carried by every cached read: expiring it drops the whole cache (used after a lost invalidation channel). */
  all: "all",
} as const;
