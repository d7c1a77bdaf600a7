import { apiRoute } from "@/lib/api/api-route";
import { ok } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { noticeFor } from "@/lib/api/v1/schemas/common-schemas";
import { getDb } from "@/lib/db";
import { reviewNewsItem } from "@/lib/news/review/review-news-item";

export const dynamic = "force-dynamic";

export const POST = apiRoute(apiV1.reviewNewsItem, async ({ params, body, actor }) => {
  const item = await reviewNewsItem(await getDb(), actor, params.id, body);
  return ok({ data: item, notice: noticeFor([item]) });
});

export const OPTIONS = corsPreflight(["POST"]);
