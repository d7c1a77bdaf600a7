import { apiRoute } from "@/lib/api/api-route";
import { created } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { findModelIdParam } from "@/lib/api/v1/find-model-id-param";
import { noticeFor } from "@/lib/api/v1/schemas/common-schemas";
import { createClaim } from "@/lib/claims/create-claim";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

export const POST = apiRoute(apiV1.createClaim, async ({ params, body, actor }) => {
  // Old slugs of merged models resolve to the model they live under now.
  const modelId = (await findModelIdParam(params.slug, "slug"))!;
  const claim = await createClaim(await getDb(), actor, { ...body, modelId });
  return created({ data: claim, notice: noticeFor([claim]) });
});
export const OPTIONS = corsPreflight(["POST"]);
