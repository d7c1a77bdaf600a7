"use client";

import Link from "next/link";
import editor from "@/components/editor/editor.module.css";
import { CLAIM_CATEGORY_LABELS, CLAIM_STATUS_META } from "@/lib/claims/claim-labels";
import styles from "./review-queue.module.css";
import type { ReviewItem } from "./review-types";

export interface ClaimProposalsProps {
  proposals: ReviewItem["proposals"];
  busy: boolean;
  onAccept: (index: number) => void;
}

/** The claim changes an item proposes, each accepted with one button. */
export function ClaimProposals({ proposals, busy, onAccept }: ClaimProposalsProps) {
  if (proposals.length === 0) return null;
  return (
    <section className={styles.proposals} aria-label="Proposed claim changes">
      <h4>Proposed claim changes</h4>
      <ul>
        {proposals.map((p) => {
          const category = CLAIM_CATEGORY_LABELS[p.category];
          const status = p.claim ? CLAIM_STATUS_META[p.claim.status] : null;
          return (
            <li key={p.index} className={styles.proposal} data-accepted={p.accepted ? true : undefined}>
              <p className={styles.proposalWhat}>
                {p.kind === "add-source" ? (
                  <>
                    Add as a source to the <strong>{category}</strong> claim of {p.model.name}
                    {p.claim && status ? (
                      <>
                        {" "}
                        <span className={styles.proposalClaim}>
                          “{p.claim.statement}” ({status.icon} {status.label.toLowerCase()})
                        </span>
                      </>
                    ) : null}
                  </>
                ) : (
                  <>
                    Create a <strong>{category}</strong> claim for {p.model.name}, with this item as its source
                  </>
                )}
              </p>
              <p className={editor.muted}>{p.reason}</p>
              {p.accepted ? (
                <p className={styles.verdict}>
                  <span aria-hidden="true">✓</span> Accepted —{" "}
                  <Link href={`/editor/claims/${encodeURIComponent(p.accepted.claimId)}`}>open the claim</Link>
                </p>
              ) : (
                <button type="button" className={editor.button} disabled={busy} onClick={() => onAccept(p.index)}>
                  {p.kind === "add-source" ? "Accept: add source" : "Accept: create claim"}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
