import type { z } from "zod";
import { listReviewedNews } from "@/lib/models/list-reviewed-news";
import { DEFAULT_PAGE_SIZE, toPage } from "@/lib/db/paginate";
import { findModelIdParam } from "./find-model-id-param";
import type { NewsQuery } from "./query-schemas";
import { noticeFor } from "./schemas/common-schemas";
import type { NewsListSchema } from "./schemas/news-schemas";

export async function getNewsPage(query: NewsQuery): Promise<z.output<typeof NewsListSchema>> {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const modelId = await findModelIdParam(query.model);
  const after = query.cursor ? { publishedAt: new Date(query.cursor[0]), id: query.cursor[1] } : undefined;
  const rows = await listReviewedNews({ modelId, after, take: limit + 1 });
  const page = toPage(rows, limit, "news", (n) => [n.publishedAt.toISOString(), n.id]);
  const data = page.items.map((n) => ({ ...n, publishedAt: n.publishedAt.toISOString() }));
  return { data, next: page.next, notice: noticeFor(data) };
}
