import type { Db, Prisma } from "@/lib/db";
import type { ReviewCounts, ReviewItem } from "@/lib/api/v1/schemas/review-write-schemas";
import type { ReviewStatus } from "@/lib/db/enums";
import { toPage } from "@/lib/api/paginate";
import { countReviewStates } from "./count-review-states";
import { reviewItemSelect, toReviewItem } from "./review-item-select";

export interface ReviewQueueOptions {
  state: ReviewStatus;
  /** Only items assigned to this user. */
  assigneeId?: string;
  limit: number;
  /** Resume after this (publishedAt ISO, id) key. */
  after?: readonly [string, string];
}

export interface ReviewQueuePage {
  items: ReviewItem[];
  next: string | null;
  counts: ReviewCounts;
}

/** One page of the queue in a state, newest first, with the count of every state. */
export async function listReviewQueue(db: Db, opts: ReviewQueueOptions): Promise<ReviewQueuePage> {
  const scope: Prisma.NewsItemWhereInput = opts.assigneeId ? { assigneeId: opts.assigneeId } : {};
  const after = opts.after ? { publishedAt: new Date(opts.after[0]), id: opts.after[1] } : undefined;
  const [rows, counts] = await Promise.all([
    db.newsItem.findMany({
      where: {
        ...scope,
        reviewStatus: opts.state,
        ...(after
          ? { OR: [{ publishedAt: { lt: after.publishedAt } }, { publishedAt: after.publishedAt, id: { lt: after.id } }] }
          : {}),
      },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: opts.limit + 1,
      select: reviewItemSelect,
    }),
    countReviewStates(db, scope),
  ]);
  const page = toPage(rows, opts.limit, "review-queue", (r) => [r.publishedAt.toISOString(), r.id]);
  return { items: page.items.map(toReviewItem), next: page.next, counts };
}
