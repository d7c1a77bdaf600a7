// A claim's audit trail as a reader sees it: when, who, what changed, why,
// and on which evidence. Pure: rows come from get-model-profile.
import type { ClaimEventType, ClaimStatus } from "@/lib/db";

export const CLAIM_EVENT_LABELS: Record<ClaimEventType, string> = {
  CREATED: "Recorded",
  STATUS_CHANGED: "Status changed",
  EDITED: "Edited",
  SOURCE_ADDED: "Source added",
  SOURCE_REMOVED: "Source removed",
  ASSIGNED: "Assigned",
  RETRACTED: "Retracted",
  RESTORED: "Restored",
  MOVED: "Moved from another model",
};

/** Demo rows and editors without a display name are credited to the desk, never by e-mail. */
export const DESK_NAME = "Modelwatch editors";

export interface ClaimEventInput {
  id: string;
  type: ClaimEventType;
  fromStatus: ClaimStatus | null;
  toStatus: ClaimStatus | null;
  note: string;
  /** As stored: a JSON array of source snapshots ({ title, url, … }); anything else is ignored. */
  evidence: unknown;
  createdAt: Date;
  actor: { name: string | null } | null;
}

export interface ClaimHistoryEntry {
  id: string;
  at: Date;
  who: string;
  action: string;
  /** Only when the status moved (or was set on creation). */
  fromStatus: ClaimStatus | null;
  toStatus: ClaimStatus | null;
  note: string;
  evidence: { title: string; url: string | null }[];
}

function readEvidence(value: unknown): ClaimHistoryEntry["evidence"] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v: unknown) => {
    if (typeof v !== "object" || v === null) return [];
    const rec = v as Record<string, unknown>;
    if (typeof rec.title !== "string" || !rec.title.trim()) return [];
    const url = typeof rec.url === "string" && /^https?:\/\//i.test(rec.url) ? rec.url : null;
    return [{ title: rec.title, url }];
  });
}

/** Oldest first, as a history reads. */
export function describeClaimEvents(events: readonly ClaimEventInput[], opts: { isDemo: boolean }): ClaimHistoryEntry[] {
  return [...events]
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))
    .map((e) => {
      const moved = e.toStatus !== null && e.toStatus !== e.fromStatus;
      return {
        id: e.id,
        at: e.createdAt,
        who: opts.isDemo ? DESK_NAME : e.actor?.name?.trim() || DESK_NAME,
        action: CLAIM_EVENT_LABELS[e.type],
        fromStatus: moved ? e.fromStatus : null,
        toStatus: moved ? e.toStatus : null,
        note: e.note,
        evidence: readEvidence(e.evidence),
      };
    });
}
