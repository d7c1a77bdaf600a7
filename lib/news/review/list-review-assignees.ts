import type { Db } from "@/lib/db";
import { PERMISSIONS } from "@/lib/auth/permissions";

export interface ReviewAssignee {
  id: string;
  name: string | null;
  email: string;
}

/** Everyone an item can be assigned to: active users whose role may review news. */
export function listReviewAssignees(db: Db): Promise<ReviewAssignee[]> {
  return db.user.findMany({
    where: { disabledAt: null, role: { in: [...PERMISSIONS["news.review"]] } },
    select: { id: true, name: true, email: true },
    orderBy: [{ name: "asc" }, { email: "asc" }],
  });
}
