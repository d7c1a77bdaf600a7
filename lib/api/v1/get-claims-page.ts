import type { z } from "zod";
import { listPublicClaims } from "@/lib/models/list-public-claims";
import { DEFAULT_PAGE_SIZE, toPage } from "@/lib/db/paginate";
import { findModelIdParam } from "./find-model-id-param";
import type { ListClaimsQuery } from "./query-schemas";
import type { ClaimListSchema } from "./schemas/claim-schemas";
import { noticeFor } from "./schemas/common-schemas";
import { toClaimDto } from "@/lib/claims/claim-dto";

export async function getClaimsPage(query: ListClaimsQuery): Promise<z.output<typeof ClaimListSchema>> {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const modelId = await findModelIdParam(query.model);
  const after = query.cursor ? { createdAt: new Date(query.cursor[0]), id: query.cursor[1] } : undefined;
  const rows = await listPublicClaims(
    { modelId, status: query.status, category: query.category },
    { after, take: limit + 1 },
  );
  const page = toPage(rows, limit, "claims", (c) => [c.createdAt.toISOString(), c.id]);
  const data = page.items.map(toClaimDto);
  return { data, next: page.next, notice: noticeFor(data) };
}
