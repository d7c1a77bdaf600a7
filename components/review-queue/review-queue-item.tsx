"use client";

import Link from "next/link";
import { useId, type Ref } from "react";
import editor from "@/components/editor/editor.module.css";
import { formatDate, isoDay } from "@/components/format";
import { CLAIM_CATEGORY_LABELS } from "@/lib/claims/claim-labels";
import { claimDraftHref } from "@/lib/news/review/claim-draft-href";
import { ClaimProposals } from "./claim-proposals";
import { DismissForm } from "./dismiss-form";
import { RelevantForm } from "./relevant-form";
import { languageName } from "./language-name";
import styles from "./review-queue.module.css";
import { StorySources } from "./story-sources";
import { personLabel, type ModelChoice, type OpenPanel, type PersonChoice, type ReviewItem } from "./review-types";

const LINK_MARK = { SUGGESTED: ["◌", "suggested"], CONFIRMED: ["✓", "confirmed"], REJECTED: ["✕", "rejected"] } as const;

export interface ReviewQueueItemProps {
  ref?: Ref<HTMLElement>;
  item: ReviewItem;
  focused: boolean;
  selected: boolean;
  open: OpenPanel;
  busy: boolean;
  models: ModelChoice[];
  assignees: PersonChoice[];
  onFocusItem: () => void;
  onToggleSelect: () => void;
  onOpen: (panel: OpenPanel) => void;
  onAction: (body: Record<string, unknown>, done: string) => void;
  /** Accepts the item's proposed claim change at this index. */
  onAccept: (proposal: number) => void;
}

/** One news item in the queue: what it is, what it suggests, and the actions on it. */
export function ReviewQueueItem({
  ref,
  item,
  focused,
  selected,
  open,
  busy,
  models,
  assignees,
  onFocusItem,
  onToggleSelect,
  onOpen,
  onAction,
  onAccept,
}: ReviewQueueItemProps) {
  const titleId = useId();
  const assignId = useId();
  const panel = open?.id === item.id ? open.panel : null;
  const isNew = item.reviewStatus === "NEW";
  return (
    <article
      ref={ref}
      tabIndex={-1}
      aria-labelledby={titleId}
      // Announced when the keyboard lands on an item: which keys act on it.
      aria-describedby="queue-shortcuts"
      aria-keyshortcuts="j k r d c x"
      className={styles.item}
      data-focused={focused || undefined}
      data-selected={selected || undefined}
      onFocus={onFocusItem}
    >
      <div className={styles.itemHead}>
        {isNew ? (
          <input
            type="checkbox"
            className={styles.select}
            checked={selected}
            onChange={onToggleSelect}
            aria-label={`Select “${item.title}” for bulk dismiss`}
          />
        ) : null}
        <h3 id={titleId} className={styles.title} lang={item.language ?? undefined}>
          <a href={item.url} target="_blank" rel="noopener noreferrer">
            {item.title}
          </a>
        </h3>
      </div>
      <p className={styles.meta}>
        <span>{item.source ?? "Unknown source"}</span>
        <time dateTime={isoDay(item.publishedAt)}>{formatDate(item.publishedAt)}</time>
        <span>{item.assignee ? `Assigned to ${personLabel(item.assignee)}` : "Unassigned"}</span>
        {item.language ? (
          <span className={styles.language} title={`Language: ${languageName(item.language)}`}>
            {languageName(item.language)}
          </span>
        ) : null}
        {item.isDemo ? <span className={styles.demo}>Demo</span> : null}
      </p>
      {item.reviewStatus === "RELEVANT" ? (
        <p className={styles.verdict}>
          <span aria-hidden="true">✓</span> Relevant{item.reviewedBy ? `, reviewed by ${personLabel(item.reviewedBy)}` : ""}
        </p>
      ) : null}
      {item.reviewStatus === "DISMISSED" ? (
        <p className={styles.verdict}>
          <span aria-hidden="true">✕</span> Dismissed{item.dismissReason ? `: ${item.dismissReason}` : ""}
          {item.reviewedBy ? ` (${personLabel(item.reviewedBy)})` : ""}
        </p>
      ) : null}
      {item.excerpt ? (
        <p className={styles.excerpt} lang={item.language ?? undefined}>
          {item.excerpt}
        </p>
      ) : null}
      <dl className={styles.tags}>
        <div>
          <dt>Models</dt>
          <dd>
            {item.models.length === 0 ? <span className={editor.muted}>none matched</span> : null}
            {item.models.map((m) => (
              <span key={m.slug} className={styles.chip} data-state={m.state}>
                <span aria-hidden="true">{LINK_MARK[m.state][0]}</span> {m.name}
                <span className={styles.chipState}>{LINK_MARK[m.state][1]}</span>
              </span>
            ))}
          </dd>
        </div>
        <div>
          <dt>Categories</dt>
          <dd>
            {item.suggestedCategories.length === 0 ? <span className={editor.muted}>none suggested</span> : null}
            {item.suggestedCategories.map((c) => (
              <span key={c} className={styles.category}>
                {CLAIM_CATEGORY_LABELS[c]}
              </span>
            ))}
          </dd>
        </div>
      </dl>
      <StorySources item={item} />
      <ClaimProposals proposals={item.proposals} busy={busy} onAccept={onAccept} />
      <div className={styles.actions}>
        <button
          type="button"
          className={editor.button}
          aria-expanded={panel === "relevant"}
          aria-keyshortcuts="r"
          onClick={() => onOpen(panel === "relevant" ? null : { id: item.id, panel: "relevant" })}
        >
          {item.reviewStatus === "RELEVANT" ? "Adjust models…" : "Relevant…"}
        </button>
        {item.reviewStatus === "DISMISSED" ? null : (
          <button
            type="button"
            className={editor.buttonSecondary}
            aria-expanded={panel === "dismiss"}
            aria-keyshortcuts="d"
            onClick={() => onOpen(panel === "dismiss" ? null : { id: item.id, panel: "dismiss" })}
          >
            Dismiss…
          </button>
        )}
        <Link className={editor.buttonSecondary} href={claimDraftHref(item)} aria-keyshortcuts="c">
          Create claim
        </Link>
        <span className={styles.assign}>
          <label htmlFor={assignId}>Assign</label>
          <select
            id={assignId}
            className={editor.input}
            value={item.assignee?.id ?? ""}
            disabled={busy}
            onChange={(e) => {
              const assigneeId = e.target.value || null;
              const who = assignees.find((a) => a.id === assigneeId);
              onAction({ action: "assign", assigneeId }, who ? `Assigned to ${personLabel(who)}` : "Unassigned");
            }}
          >
            <option value="">Nobody</option>
            {assignees.map((a) => (
              <option key={a.id} value={a.id}>
                {personLabel(a)}
              </option>
            ))}
          </select>
        </span>
      </div>
      {panel === "relevant" ? (
        <RelevantForm
          item={item}
          models={models}
          busy={busy}
          onCancel={() => onOpen(null)}
          onConfirm={(modelSlugs) => onAction({ action: "relevant", modelSlugs }, "Marked relevant")}
        />
      ) : null}
      {panel === "dismiss" ? (
        <DismissForm
          label="Dismiss item"
          busy={busy}
          onCancel={() => onOpen(null)}
          onDismiss={(reason) => onAction({ action: "dismiss", reason }, "Dismissed")}
        />
      ) : null}
    </article>
  );
}
