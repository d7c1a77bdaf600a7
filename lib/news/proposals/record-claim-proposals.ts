import type { ClaimCategory, Tx } from "@/lib/db";
import { recordSignals, type SignalInput } from "@/lib/watch/record-signal";
import { readClaimProposals, type StoredClaimProposal } from "./claim-proposal";
import { proposeClaimChanges, type ProposalClaim, type ProposalModel } from "./propose-claim-changes";

export interface ProposableItem {
  id: string;
  title: string;
  suggestedCategories: ClaimCategory[];
}

const proposalKey = (clusterId: string, p: Pick<StoredClaimProposal, "modelId" | "claimId" | "category" | "kind">) =>
  `${clusterId} ${p.modelId} ${p.claimId ?? p.category} ${p.kind}`;

/**
 * The story clusters of these items, and the changes their other reports proposed already: each
 * stored proposal was signalled by the first report of its story that made it.
 */
async function storySignalled(tx: Tx, itemIds: string[]): Promise<{ clusterOf: Map<string, string>; signalled: Set<string> }> {
  const rows = await tx.$queryRaw<{ itemId: string; clusterId: string | null; proposals: unknown }[]>`
    SELECT mine.id AS "itemId", mine."clusterId", other.proposals FROM "NewsItem" mine
    LEFT JOIN "NewsItem" other ON other."clusterId" = mine."clusterId" AND other.id <> ALL(${itemIds}::text[]) AND other.proposals IS NOT NULL
    WHERE mine.id = ANY(${itemIds}::text[])`;
  const clusterOf = new Map<string, string>();
  const signalled = new Set<string>();
  for (const row of rows) {
    if (!row.clusterId) continue;
    clusterOf.set(row.itemId, row.clusterId);
    for (const p of readClaimProposals(row.proposals)) signalled.add(proposalKey(row.clusterId, p));
  }
  return { clusterOf, signalled };
}

/**
 * Computes and stores the proposed claim changes of newly stored items (from
 * their suggested models and categories and the claims as they are now), in
 * the ingest transaction, with a CLAIM_PROPOSED signal for each change the
 * item's story had not proposed yet (run after clustering).
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
  const story = await storySignalled(tx, items.map((i) => i.id));
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
    const clusterId = story.clusterOf.get(item.id);
    for (const p of proposals) {
      // One signal per change a story proposes, however many outlets report it (the queue shows the story once too).
      if (clusterId) {
        const key = proposalKey(clusterId, p);
        if (story.signalled.has(key)) continue;
        story.signalled.add(key);
      }
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
