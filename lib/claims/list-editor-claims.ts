// The editor's claims desk: what needs re-checking, counts and lists by
// status, and what changed recently. Reads only; one round of queries.
import type { ClaimCategory, ClaimStatus, Confidence, Db, Prisma } from "@/lib/db";

export interface EditorClaimRow {
  id: string;
  statement: string;
  category: ClaimCategory;
  status: ClaimStatus;
  confidence: Confidence;
  version: number;
  reviewBy: Date | null;
  updatedAt: Date;
  model: { slug: string; name: string };
}

export interface EditorClaimDesk {
  /** Settled verdicts whose review date has passed (see isReviewDue), most overdue first. */
  needsRecheck: EditorClaimRow[];
  counts: Record<ClaimStatus, number>;
  /** Claims in the chosen status (or all), most recently changed first. */
  listed: EditorClaimRow[];
  recentlyChanged: EditorClaimRow[];
}

const rowSelect = {
  id: true,
  statement: true,
  category: true,
  status: true,
  confidence: true,
  version: true,
  reviewBy: true,
  updatedAt: true,
  model: { select: { slug: true, name: true } },
} satisfies Prisma.ClaimSelect;

const LIST_LIMIT = 100;

export async function listEditorClaims(db: Db, opts: { status?: ClaimStatus; now: Date }): Promise<EditorClaimDesk> {
  const [needsRecheck, grouped, listed, recentlyChanged] = await Promise.all([
    db.claim.findMany({
      where: { status: { in: ["VERIFIED", "REFUTED"] }, reviewBy: { lte: opts.now } },
      orderBy: [{ reviewBy: "asc" }, { id: "asc" }],
      take: LIST_LIMIT,
      select: rowSelect,
    }),
    db.claim.groupBy({ by: ["status"], _count: { _all: true } }),
    opts.status
      ? db.claim.findMany({
          where: { status: opts.status },
          orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
          take: LIST_LIMIT,
          select: rowSelect,
        })
      : Promise.resolve([]),
    db.claim.findMany({ orderBy: [{ updatedAt: "desc" }, { id: "asc" }], take: 15, select: rowSelect }),
  ]);
  const counts: Record<ClaimStatus, number> = { UNVERIFIED: 0, VERIFIED: 0, DISPUTED: 0, REFUTED: 0, RETRACTED: 0 };
  for (const g of grouped) counts[g.status] = g._count._all;
  return { needsRecheck, counts, listed, recentlyChanged };
}
