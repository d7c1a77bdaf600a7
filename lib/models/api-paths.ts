/** Addresses on this site (API resources and their pages), relative to its origin. */
export const apiPaths = {
  model: (slug: string) => `/api/v1/models/${encodeURIComponent(slug)}`,
  modelPage: (slug: string) => `/models/${encodeURIComponent(slug)}`,
  claims: (slug: string) => `/api/v1/claims?model=${encodeURIComponent(slug)}`,
  news: (slug: string) => `/api/v1/news?model=${encodeURIComponent(slug)}`,
  leaderboard: (slug: string) => `/api/v1/leaderboards/${encodeURIComponent(slug)}`,
  leaderboardPage: (slug: string) => `/leaderboards/${encodeURIComponent(slug)}`,
};
