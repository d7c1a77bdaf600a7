import { apiRoute } from "@/lib/api/api-route";
import { ok } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { DEFAULT_PAGE_SIZE } from "@/lib/db/paginate";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { listAuditLog } from "@/lib/accounts/list-audit-log";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(apiV1.listAuditLog, async ({ query }) => {
  const page = await listAuditLog(await getDb(), { limit: query.limit ?? DEFAULT_PAGE_SIZE, after: query.cursor, action: query.action, actor: query.actor });
  return ok({ data: page.items, next: page.next });
});

export const OPTIONS = corsPreflight(["GET"]);
