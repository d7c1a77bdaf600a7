// Catalog writes: models, aliases, lifecycle, merge, leaderboards and snapshot imports (EDITOR or ADMIN).

export const catalogEndpoints = {} as const;
