import type { ClaimCategory, Tx } from "@/lib/db";
import { recordSignals, type SignalInput } from "@/lib/watch/record-signal";
import type { StoredClaimProposal } from "./claim-proposal";
import { proposeClaimChanges, type ProposalClaim, type ProposalModel } from "./propose-claim-changes";

export interface ProposableItem {
  id: string;
  title: string;
  suggestedCategories: ClaimCategory[];
}

/**
 * Computes and stores the proposed claim changes of newly stored items (from
 * their suggested models and categories and the claims as they are now), with
 * one CLAIM_PROPOSED signal per proposal, in the ingest transaction.
 */
export async function recordClaimProposals(
  tx: Tx,
  items: readonly ProposableItem[],
  links: readonly { newsItemId: string; modelId: string }[],
  now = new Date(),
): Promise<number> {
  const modelIds = [...new Set(links.map((l) => l.modelId))];
  const categories = [...new Set(items.flatMap((i) => i.suggestedCategories))];
  if (modelIds.length === 0 || categories.length === 0) return 0;
  // Raw SQL: this runs in every feed's ingest transaction, where Prisma's query compiler costs
  // more than the database (bench/ingest).
  const models = await tx.$queryRaw<ProposalModel[]>`
    SELECT "id", "slug", "name" FROM "Model" WHERE "id" = ANY(${modelIds}::text[])`;
  const claims = await tx.$queryRaw<ProposalClaim[]>`
    SELECT "id", "modelId", "category", "statement", "status", "reviewBy", "updatedAt" FROM "Claim"
    WHERE "modelId" = ANY(${modelIds}::text[]) AND "category"::text = ANY(${categories}::text[]) AND "status" <> 'RETRACTED'`;
  const stored: { id: string; proposals: StoredClaimProposal[] }[] = [];
  const signals: SignalInput[] = [];
  for (const item of items) {
    const mine = new Set(links.filter((l) => l.newsItemId === item.id).map((l) => l.modelId));
    if (mine.size === 0 || item.suggestedCategories.length === 0) continue;
    const proposals = proposeClaimChanges({
      categories: item.suggestedCategories,
      models: models.filter((m) => mine.has(m.id)),
      claims,
      now,
    });
    if (proposals.length === 0) continue;
    stored.push({ id: item.id, proposals });
    for (const p of proposals) {
      signals.push({
        type: "CLAIM_PROPOSED",
        title: `Proposed ${p.category} claim change for ${p.modelName}: ${item.title}`.slice(0, 300),
        modelId: p.modelId,
        claimId: p.claimId,
        newsItemId: item.id,
        payload: { kind: p.kind, category: p.category, model: p.modelSlug, reason: p.reason },
      });
    }
  }
  if (stored.length === 0) return 0;
  // One statement for the whole feed, not one per item: this runs inside every ingest.
  await tx.$executeRaw`
    UPDATE "NewsItem" AS n SET proposals = s.proposals
    FROM jsonb_to_recordset(${JSON.stringify(stored)}::jsonb) AS s(id text, proposals jsonb)
    WHERE n.id = s.id`;
  await recordSignals(tx, signals);
  return signals.length;
}
