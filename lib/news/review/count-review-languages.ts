import type { Db } from "@/lib/db";
import type { ReviewStatus } from "@/lib/db/enums";

export interface LanguageCount {
  /** Primary language subtag; null for items whose language is unknown. */
  language: string | null;
  count: number;
}

/**
 * The languages of the stories in one review state (under the same assignee
 * filter), most stories first: the choices of the queue's language filter.
 */
export async function countReviewLanguages(db: Db, state: ReviewStatus, assigneeId?: string): Promise<LanguageCount[]> {
  return db.$queryRaw<LanguageCount[]>`
    SELECT "language", count(DISTINCT coalesce("clusterId", id))::int AS count
    FROM "NewsItem"
    WHERE "reviewStatus" = ${state}::"ReviewStatus" AND (${assigneeId ?? null}::text IS NULL OR "assigneeId" = ${assigneeId ?? null}::text)
    GROUP BY "language"
    ORDER BY count DESC, "language" NULLS LAST`;
}
