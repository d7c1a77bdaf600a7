// The news review queue (EDITOR or ADMIN).

export const reviewEndpoints = {} as const;
