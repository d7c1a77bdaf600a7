import { apiRoute } from "@/lib/api/api-route";
import { created } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { readIfMatchVersion } from "@/lib/api/if-match";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { noticeFor } from "@/lib/api/v1/schemas/common-schemas";
import { addClaimSource } from "@/lib/claims/add-claim-source";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

export const POST = apiRoute(apiV1.addClaimSource, async ({ params, body, actor, request }) => {
  const version = readIfMatchVersion(request);
  const claim = await addClaimSource(await getDb(), actor, params.id, version, body);
  return created({ data: claim, notice: noticeFor([claim]) });
});
export const OPTIONS = corsPreflight(["POST"]);
