import { apiRoute } from "@/lib/api/api-route";
import { ok } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { readIfMatchVersion } from "@/lib/api/if-match";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { noticeFor } from "@/lib/api/v1/schemas/common-schemas";
import { getClaimDetailOrThrow } from "@/lib/claims/get-claim-detail";
import { updateClaim } from "@/lib/claims/update-claim";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(apiV1.getClaim, async ({ params }) => {
  const claim = await getClaimDetailOrThrow(await getDb(), params.id);
  return ok({ data: claim, notice: noticeFor([claim]) });
});

export const PATCH = apiRoute(apiV1.updateClaim, async ({ params, body, actor, request }) => {
  const version = readIfMatchVersion(request);
  const claim = await updateClaim(await getDb(), actor, params.id, version, body);
  return ok({ data: claim, notice: noticeFor([claim]) });
});
export const OPTIONS = corsPreflight(["GET", "PATCH"]);
