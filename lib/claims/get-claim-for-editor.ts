import type { ClaimDetailDto } from "./claim-dto";
import type { Db } from "@/lib/db";
import { findClaimDetail } from "./get-claim-detail";

/** The claim editor's page data: the claim with its history, and its model's display name. */
export async function getClaimForEditor(db: Db, id: string): Promise<{ claim: ClaimDetailDto; modelName: string } | null> {
  const claim = await findClaimDetail(db, id);
  if (!claim) return null;
  const model = await db.model.findUnique({ where: { slug: claim.model }, select: { name: true } });
  return { claim, modelName: model?.name ?? claim.model };
}
