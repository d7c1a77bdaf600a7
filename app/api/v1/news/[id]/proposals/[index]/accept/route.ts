import { apiRoute } from "@/lib/api/api-route";
import { created } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { noticeFor } from "@/lib/api/v1/schemas/common-schemas";
import { getDb } from "@/lib/db";
import { acceptClaimProposal } from "@/lib/news/proposals/accept-claim-proposal";

export const dynamic = "force-dynamic";

export const POST = apiRoute(apiV1.acceptClaimProposal, async ({ params, body, actor }) => {
  const result = await acceptClaimProposal(await getDb(), actor, params.id, params.index, body);
  return created({ data: result, notice: noticeFor([result.item, result.claim]) });
});

export const OPTIONS = corsPreflight(["POST"]);
