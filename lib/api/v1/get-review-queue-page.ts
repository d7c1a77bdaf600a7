import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db";
import { DEFAULT_PAGE_SIZE } from "@/lib/db/paginate";
import { noticeFor } from "@/lib/api/v1/schemas/common-schemas";
import type { ReviewQueueQuery, ReviewQueueSchema } from "@/lib/api/v1/schemas/review-write-schemas";
import { listReviewQueue } from "@/lib/news/review/list-review-queue";

/** GET /api/v1/review-queue: the query (`assignee=me` is the caller) to the list envelope. */
export async function getReviewQueuePage(
  db: Db,
  actor: Actor,
  query: ReviewQueueQuery,
): Promise<z.output<typeof ReviewQueueSchema>> {
  const page = await listReviewQueue(db, {
    state: query.state,
    assigneeId: query.assignee === "me" ? actor.userId : query.assignee,
    language: query.language,
    limit: query.limit ?? DEFAULT_PAGE_SIZE,
    after: query.cursor,
  });
  return { data: page.items, next: page.next, notice: noticeFor(page.items), counts: page.counts };
}
