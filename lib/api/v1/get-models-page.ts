import { listModelSummaries } from "@/lib/models/list-model-summaries";
import { DEFAULT_PAGE_SIZE, toPage } from "@/lib/db/paginate";
import type { ListModelsQuery } from "./query-schemas";
import { noticeFor } from "./schemas/common-schemas";
import type { ModelListSchema } from "./schemas/model-schemas";
import { toModelSummaryDto } from "./to-dto";
import type { z } from "zod";

export async function getModelsPage(query: ListModelsQuery): Promise<z.output<typeof ModelListSchema>> {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const rows = await listModelSummaries({ afterSlug: query.cursor?.[0], take: limit + 1 });
  const page = toPage(rows, limit, "models", (m) => [m.slug]);
  const data = page.items.map(toModelSummaryDto);
  return { data, next: page.next, notice: noticeFor(data) };
}
