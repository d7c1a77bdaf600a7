// One claim as the API and the editor pages read it: the public fields, its
// version, and every event oldest first with diffs and evidence.
import type { Db, Prisma, Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { publicClaimSelect } from "@/lib/models/list-public-claims";
import { toClaimDto, type ClaimDetailDto, type ClaimEventDto } from "./claim-dto";
import { DESK_NAME } from "./describe-claim-events";

const eventSelect = {
  id: true,
  type: true,
  fromStatus: true,
  toStatus: true,
  note: true,
  diff: true,
  evidence: true,
  claimVersion: true,
  createdAt: true,
  actor: { select: { name: true } },
} satisfies Prisma.ClaimEventSelect;

type EventRow = Prisma.ClaimEventGetPayload<{ select: typeof eventSelect }>;

function readDiff(value: unknown): ClaimEventDto["diff"] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  const out: ClaimEventDto["diff"] = {};
  for (const [field, pair] of Object.entries(value)) {
    if (Array.isArray(pair) && pair.length === 2) out[field] = [pair[0], pair[1]];
  }
  return out;
}

function readEvidence(value: unknown): ClaimEventDto["evidence"] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v: unknown) => {
    if (typeof v !== "object" || v === null) return [];
    const r = v as Record<string, unknown>;
    if (typeof r.title !== "string") return [];
    const str = (x: unknown) => (typeof x === "string" ? x : null);
    return [{ id: str(r.id), title: r.title, url: str(r.url), kind: str(r.kind) }];
  });
}

function toEventDto(e: EventRow, isDemo: boolean): ClaimEventDto {
  return {
    id: e.id,
    type: e.type,
    at: e.createdAt.toISOString(),
    by: isDemo ? DESK_NAME : e.actor?.name?.trim() || DESK_NAME,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    note: e.note,
    diff: readDiff(e.diff),
    evidence: readEvidence(e.evidence),
    claimVersion: e.claimVersion,
  };
}

/** The claim with its history, or null. Works inside a transaction too. */
export async function findClaimDetail(client: Db | Tx, id: string): Promise<ClaimDetailDto | null> {
  const claim = await client.claim.findUnique({ where: { id }, select: publicClaimSelect });
  if (!claim) return null;
  const events = await client.claimEvent.findMany({
    where: { claimId: id },
    orderBy: [{ claimVersion: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: eventSelect,
  });
  return { ...toClaimDto(claim), history: events.map((e) => toEventDto(e, claim.isDemo)) };
}

export async function getClaimDetailOrThrow(client: Db | Tx, id: string): Promise<ClaimDetailDto> {
  const detail = await findClaimDetail(client, id);
  if (!detail) throw new NotFoundError(`No claim has the id "${id}".`);
  return detail;
}
