import { describeProblem, sendJson } from "@/lib/api/client/send-json";
import type { ActionOutcome, ReviewItem } from "./review-types";

/** POSTs one review action; a 409 says what changed meanwhile (the caller refreshes the list). */
export async function sendReview(
  item: Pick<ReviewItem, "id" | "version" | "title">,
  body: Record<string, unknown>,
  done: string,
): Promise<ActionOutcome> {
  const res = await sendJson("POST", `/api/v1/news/${encodeURIComponent(item.id)}/review`, { ...body, version: item.version });
  if (res.ok) return { ok: true, message: `${done}: “${item.title}”.` };
  return { ok: false, message: describeProblem(res.problem) };
}
