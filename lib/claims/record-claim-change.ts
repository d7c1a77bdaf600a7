// The two rows every claim change writes in its transaction: the append-only
// ClaimEvent (the claim's audit trail) and the Signal watchers are told about.
import type { ClaimEventType, ClaimStatus, Prisma, SignalType, Tx } from "@/lib/db";
import { recordSignal } from "@/lib/watch/record-signal";

/** What a cited source looks like in an event, frozen as it was at the time. */
export interface EvidenceSnapshot {
  id: string;
  title: string;
  url: string;
  kind: string;
}

export interface ClaimChangeRecord {
  claim: { id: string; modelId: string; statement: string };
  modelSlug: string;
  type: ClaimEventType;
  fromStatus: ClaimStatus | null;
  toStatus: ClaimStatus | null;
  note: string;
  diff: Record<string, [unknown, unknown]>;
  evidence: readonly EvidenceSnapshot[];
  /** The claim's version after this change. */
  claimVersion: number;
  actorId: string | null;
}

/** Which signal a change raises; status verdicts are the "verified" news digests lead with. */
export function signalFor(type: ClaimEventType, toStatus: ClaimStatus | null): { type: SignalType; verified: boolean } {
  if (type === "CREATED") return { type: "CLAIM_CREATED", verified: false };
  if (type === "RETRACTED") return { type: "CLAIM_RETRACTED", verified: false };
  if (type === "RESTORED") return { type: "CLAIM_RESTORED", verified: false };
  if (type === "STATUS_CHANGED") {
    if (toStatus === "VERIFIED") return { type: "CLAIM_VERIFIED", verified: true };
    if (toStatus === "DISPUTED") return { type: "CLAIM_DISPUTED", verified: true };
    if (toStatus === "REFUTED") return { type: "CLAIM_REFUTED", verified: true };
  }
  return { type: "CLAIM_EDITED", verified: false };
}

const SIGNAL_VERBS: Partial<Record<SignalType, string>> = {
  CLAIM_CREATED: "New claim",
  CLAIM_VERIFIED: "Claim verified",
  CLAIM_DISPUTED: "Claim disputed",
  CLAIM_REFUTED: "Claim refuted",
  CLAIM_RETRACTED: "Claim retracted",
  CLAIM_RESTORED: "Claim restored",
  CLAIM_EDITED: "Claim updated",
};

export async function recordClaimChange(tx: Tx, change: ClaimChangeRecord): Promise<void> {
  const evidence = change.evidence.map((e) => ({ ...e })) as Prisma.InputJsonValue;
  await tx.claimEvent.create({
    data: {
      claimId: change.claim.id,
      type: change.type,
      actorId: change.actorId,
      fromStatus: change.fromStatus,
      toStatus: change.toStatus,
      note: change.note,
      diff: change.diff as Prisma.InputJsonValue,
      evidence,
      claimVersion: change.claimVersion,
    },
  });
  const signal = signalFor(change.type, change.toStatus);
  // The claim as this change left it: what webhooks, mails and feeds name (lib/watch/signal-document.ts).
  const after = await tx.claim.findUniqueOrThrow({
    where: { id: change.claim.id },
    select: { id: true, category: true, statement: true, status: true, version: true },
  });
  await recordSignal(tx, {
    type: signal.type,
    verified: signal.verified,
    title: `${SIGNAL_VERBS[signal.type] ?? "Claim updated"}: ${change.claim.statement}`.slice(0, 300),
    modelId: change.claim.modelId,
    claimId: change.claim.id,
    actorId: change.actorId,
    payload: {
      model: change.modelSlug,
      event: change.type,
      fromStatus: change.fromStatus,
      toStatus: change.toStatus,
      claimVersion: change.claimVersion,
      note: change.note,
      claim: after,
    },
  });
}
