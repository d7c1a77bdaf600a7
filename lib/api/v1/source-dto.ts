// The sources domain's types (lib/sources) in the API's shape: dates as ISO strings.
import type { z } from "zod";
import type { SourceHealth } from "@/lib/sources/source-health";
import type { UnmatchedName } from "@/lib/sources/list-unmatched";
import type { LeaderboardSourceSchema, UnmatchedNameSchema } from "./schemas/source-schemas";

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function toSourceDto(s: SourceHealth): z.output<typeof LeaderboardSourceSchema> {
  return {
    ...s,
    lastAttemptAt: iso(s.lastAttemptAt),
    lastSuccessAt: iso(s.lastSuccessAt),
    nextFetchAt: s.nextFetchAt.toISOString(),
    latestVersionDate: iso(s.latestVersionDate),
  };
}

export function toUnmatchedDto(n: UnmatchedName): z.output<typeof UnmatchedNameSchema> {
  return { ...n, firstSeenAt: n.firstSeenAt.toISOString(), lastSeenAt: n.lastSeenAt.toISOString() };
}
