// A proposed claim change, as computed at ingest and stored in
// NewsItem.proposals (JSON): read back through this schema, so a malformed
// value is ignored rather than trusted.
import { z } from "zod";
import { ClaimCategory, ClaimStatus } from "@/lib/db/enums";

export const StoredClaimProposalSchema = z.object({
  /** add-source: cite the item on an open claim; create-claim: the category has no claim yet. */
  kind: z.enum(["add-source", "create-claim"]),
  modelId: z.string(),
  modelSlug: z.string(),
  modelName: z.string(),
  category: z.enum(ClaimCategory),
  claimId: z.string().nullable(),
  claimStatement: z.string().nullable(),
  claimStatus: z.enum(ClaimStatus).nullable(),
  reason: z.string(),
  accepted: z.object({ at: z.string(), byId: z.string().nullable(), claimId: z.string() }).nullable(),
});

export type StoredClaimProposal = z.output<typeof StoredClaimProposalSchema>;

const StoredProposalsSchema = z.array(StoredClaimProposalSchema);

/** The proposals stored on an item; none when the column is empty or not what we wrote. */
export function readClaimProposals(value: unknown): StoredClaimProposal[] {
  const parsed = StoredProposalsSchema.safeParse(value ?? []);
  return parsed.success ? parsed.data : [];
}
