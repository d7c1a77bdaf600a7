import { apiRoute } from "@/lib/api/api-route";
import { ok } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { readIfMatchVersion } from "@/lib/api/if-match";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { noticeFor } from "@/lib/api/v1/schemas/common-schemas";
import { restoreClaim } from "@/lib/claims/restore-claim";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

export const POST = apiRoute(apiV1.restoreClaim, async ({ params, body, actor, request }) => {
  const version = readIfMatchVersion(request);
  const claim = await restoreClaim(await getDb(), actor, params.id, version, body);
  return ok({ data: claim, notice: noticeFor([claim]) });
});
export const OPTIONS = corsPreflight(["POST"]);
