import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db";
import type { ReviewActionBody, ReviewItem } from "@/lib/api/v1/schemas/review-write-schemas";
import { assignNewsItem } from "./assign-news-item";
import { dismissNewsItem } from "./dismiss-news-item";
import { markNewsRelevant } from "./mark-news-relevant";

/** One review action on one item, as POST /api/v1/news/{id}/review receives it. */
export function reviewNewsItem(db: Db, actor: Actor, id: string, body: ReviewActionBody): Promise<ReviewItem> {
  switch (body.action) {
    case "relevant":
      return markNewsRelevant(db, actor, id, body);
    case "dismiss":
      return dismissNewsItem(db, actor, id, body);
    case "assign":
      return assignNewsItem(db, actor, id, body);
  }
}
