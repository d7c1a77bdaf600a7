import type { Prisma, Tx } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { getReviewItemOrThrow } from "./get-review-item";

/**
 * Applies `data` to the item only if it is still at `expectedVersion`, and
 * bumps the version. Otherwise another editor acted first: 409 with the item
 * as it is now, and nothing is written (404 if it does not exist at all).
 */
export async function updateNewsItemVersioned(
  tx: Tx,
  id: string,
  expectedVersion: number,
  data: Prisma.NewsItemUncheckedUpdateManyInput,
): Promise<void> {
  const { count } = await tx.newsItem.updateMany({
    where: { id, version: expectedVersion },
    data: { ...data, version: { increment: 1 } },
  });
  if (count > 0) return;
  const current = await getReviewItemOrThrow(tx, id);
  const by = current.reviewedBy ? ` by ${current.reviewedBy.name ?? current.reviewedBy.email}` : "";
  throw new ConflictError(
    `This item changed since you loaded it (you sent version ${expectedVersion}, it is at ${current.version}; it is now ${current.reviewStatus}${by}). Nothing was saved: check it and act again if still needed.`,
    { current },
  );
}
