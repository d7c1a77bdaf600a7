// Claim writes: create, edit, transition, sources (EDITOR or ADMIN).

export const claimEndpoints = {} as const;
