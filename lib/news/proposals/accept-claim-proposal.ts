import type { ClaimDetailDto } from "@/lib/claims/claim-dto";
import type { ReviewItem } from "../review/review-types";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { addClaimSourceIn } from "@/lib/claims/add-claim-source";
import type { SourceInput } from "@/lib/claims/claim-inputs";
import { createClaimIn } from "@/lib/claims/create-claim";
import { excerpt, htmlToPlainText } from "@/lib/claims/load-claim-prefill";
import type { Db, Prisma } from "@/lib/db";
import { runMutation } from "@/lib/db/run-mutation";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { getReviewItemOrThrow } from "../review/get-review-item";
import { markNewsRelevant } from "../review/mark-news-relevant";
import { newClusterSiblings } from "../review/review-news-item";
import { readClaimProposals } from "./claim-proposal";

export interface AcceptProposalInput {
  /** The claim change's note; default: the proposal's reason, citing the item. */
  note?: string;
  /** For create-claim: the statement; default: the item's title. */
  statement?: string;
}

/**
 * Accepts an item's proposed claim change in one transaction: the item is
 * cited as a PRESS source on the open claim (add-source) or a new claim is
 * recorded with it as source (create-claim), through the claims' own writes
 * (event, signal, policy); the item becomes relevant with the proposal's
 * model confirmed, as do the other NEW reports of its story; the proposal is
 * marked accepted (a second accept is a 409) and the acceptance audited.
 */
export async function acceptClaimProposal(
  db: Db,
  actor: Actor,
  id: string,
  index: number,
  input: AcceptProposalInput,
): Promise<{ item: ReviewItem; claim: ClaimDetailDto }> {
  return runMutation(db, actor, async (scope) => {
    const { tx } = scope;
    // Two editors accepting at once: the second waits here, then sees the first's acceptance.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "NewsItem" WHERE id = ${id} FOR UPDATE`;
    if (locked.length === 0) throw new NotFoundError(`No news item with the id "${id}".`);
    const item = await tx.newsItem.findUniqueOrThrow({
      where: { id },
      select: {
        title: true,
        url: true,
        canonicalUrl: true,
        sourceName: true,
        summary: true,
        content: true,
        publishedAt: true,
        proposals: true,
        version: true,
        feed: { select: { title: true } },
        links: { select: { modelId: true, state: true } },
      },
    });
    const proposals = readClaimProposals(item.proposals);
    const proposal = proposals[index];
    if (!proposal) throw new NotFoundError(`News item "${id}" has no proposal ${index} (it has ${proposals.length}).`);
    if (proposal.accepted) {
      throw new ConflictError(
        `This proposal was already accepted (${proposal.accepted.at}): see claim "${proposal.accepted.claimId}". Nothing was changed.`,
        { claimId: proposal.accepted.claimId },
      );
    }

    const source: SourceInput = {
      url: item.canonicalUrl || item.url,
      title: item.title,
      publisher: item.sourceName ?? item.feed?.title ?? null,
      kind: "PRESS",
      quote: excerpt(htmlToPlainText(item.summary || item.content || "")) || null,
      publishedAt: item.publishedAt,
      newsItemId: id,
    };
    const note = input.note?.trim() || `Accepted from the review queue, citing “${item.title}”: ${proposal.reason}`;
    let claim: ClaimDetailDto;
    if (proposal.kind === "add-source" && proposal.claimId) {
      const current = await tx.claim.findUnique({ where: { id: proposal.claimId }, select: { version: true } });
      if (!current) throw new ConflictError(`The claim this proposal names ("${proposal.claimId}") no longer exists. Nothing was changed.`);
      claim = await addClaimSourceIn(scope, actor, proposal.claimId, current.version, { source, note });
    } else {
      claim = await createClaimIn(scope, actor, {
        modelId: proposal.modelId,
        category: proposal.category,
        statement: input.statement?.trim() || item.title,
        note,
        sources: [source],
      });
    }

    const modelIds = [...new Set([...item.links.filter((l) => l.state !== "REJECTED").map((l) => l.modelId), proposal.modelId])];
    await markNewsRelevant(scope, actor, id, { version: item.version, modelIds });
    for (const s of await newClusterSiblings(tx, id)) {
      await markNewsRelevant(scope, actor, s.id, { version: s.version, modelIds, signal: false });
    }
    proposals[index] = { ...proposal, accepted: { at: new Date().toISOString(), byId: actor.userId, claimId: claim.id } };
    await tx.newsItem.update({ where: { id }, data: { proposals: proposals as Prisma.InputJsonValue } });
    await recordAudit(tx, {
      actor,
      action: "news.proposal-accept",
      entityType: "NewsItem",
      entityId: id,
      data: { index, kind: proposal.kind, category: proposal.category, model: proposal.modelSlug, claimId: claim.id },
    });
    return { item: await getReviewItemOrThrow(tx, id), claim };
  });
}
