"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import editor from "@/components/editor/editor.module.css";
import { describeProblem, sendJson } from "@/lib/api/client/send-json";
import { CLAIM_CATEGORY_LABELS } from "@/lib/claims/claim-labels";
import { claimDraftHref } from "@/lib/news/review/claim-draft-href";
import { REVIEW_SHORTCUTS, reviewShortcutFor } from "@/lib/news/review/review-shortcut-for";
import type { LanguageCount } from "@/lib/news/review/count-review-languages";
import { BulkDismissBar } from "./bulk-dismiss-bar";
import { LanguageFilter } from "./language-filter";
import { ReviewQueueItem } from "./review-queue-item";
import { languageName } from "./language-name";
import styles from "./review-queue.module.css";
import { sendReview } from "./send-review";
import type { ActionOutcome, ModelChoice, OpenPanel, PersonChoice, ReviewCounts, ReviewItem } from "./review-types";

const STATES = [
  { state: "NEW", label: "New", mark: "●" },
  { state: "RELEVANT", label: "Relevant", mark: "✓" },
  { state: "DISMISSED", label: "Dismissed", mark: "✕" },
] as const;

export interface ReviewQueueProps {
  state: ReviewItem["reviewStatus"];
  mine: boolean;
  /** The language filter (a primary subtag), null for all languages. */
  language: string | null;
  /** Languages of this state's stories, for the filter. */
  languages: LanguageCount[];
  items: ReviewItem[];
  counts: ReviewCounts;
  hasMore: boolean;
  assignees: PersonChoice[];
  models: ModelChoice[];
}

function queueHref(state: string, mine: boolean, language: string | null): string {
  const params = new URLSearchParams({ state });
  if (mine) params.set("assignee", "me");
  if (language) params.set("language", language);
  return `/editor/queue?${params.toString()}`;
}

/** The review queue: state tabs, bulk dismiss, the items and their keyboard shortcuts. */
export function ReviewQueue({ state, mine, language, languages, items: listed, counts, hasMore, assignees, models }: ReviewQueueProps) {
  const router = useRouter();
  const refs = useRef<(HTMLElement | null)[]>([]);
  const [focus, setFocus] = useState(-1);
  // Read by the key handler: several presses can arrive before React re-renders.
  const focusRef = useRef(-1);
  // Reviewed items leave this tab at once; the refreshed list confirms it a moment later.
  const [gone, setGone] = useState<ReadonlySet<string>>(() => new Set());
  const items = useMemo(() => listed.filter((i) => !gone.has(i.id)), [listed, gone]);
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const [open, setOpen] = useState<OpenPanel>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const refocus = useRef<number | null>(null);

  const focusItem = useCallback(
    (index: number) => {
      const i = Math.max(0, Math.min(items.length - 1, index));
      const item = items[i];
      if (!item) return;
      setFocus(i);
      focusRef.current = i;
      refs.current[i]?.focus();
      refs.current[i]?.scrollIntoView({ block: "nearest" });
      setAnnouncement(`Item ${i + 1} of ${items.length}: ${item.title}`);
    },
    [items],
  );

  // After a refresh the reviewed item has left the list: keep the keyboard where it was.
  useEffect(() => {
    if (refocus.current === null) return;
    const at = refocus.current;
    refocus.current = null;
    setSelected((prev) => new Set([...prev].filter((id) => items.some((i) => i.id === id))));
    if (items.length) focusItem(at);
  }, [items, focusItem]);

  // An opened panel takes the focus, so r → type → Enter works without the mouse.
  useEffect(() => {
    if (!open) return;
    const at = items.findIndex((i) => i.id === open.id);
    refs.current[at]?.querySelector<HTMLElement>("[data-autofocus]")?.focus();
  }, [open, items]);

  const toggleSelect = useCallback((id: string) => {
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const finish = useCallback(
    (result: ActionOutcome, index: number, leaving: readonly string[]) => {
      setBusy(false);
      setOutcome(result);
      setAnnouncement(result.message);
      if (result.ok) {
        setOpen(null);
        if (leaving.length) setGone((prev) => new Set([...prev, ...leaving]));
      }
      refocus.current = index;
      router.refresh();
    },
    [router],
  );

  const act = async (item: ReviewItem, index: number, body: Record<string, unknown>, done: string) => {
    setBusy(true);
    const after = body.action === "relevant" ? "RELEVANT" : body.action === "dismiss" ? "DISMISSED" : item.reviewStatus;
    finish(await sendReview(item, body, done), index, after === state ? [] : [item.id]);
  };

  const acceptProposal = async (item: ReviewItem, index: number, proposal: number) => {
    const p = item.proposals[proposal];
    if (!p) return;
    setBusy(true);
    const res = await sendJson("POST", `/api/v1/news/${encodeURIComponent(item.id)}/proposals/${proposal}/accept`, {});
    const what = p.kind === "add-source" ? "added as a source of the" : "cited by a new";
    finish(
      res.ok
        ? { ok: true, message: `Accepted: “${item.title}” ${what} ${CLAIM_CATEGORY_LABELS[p.category]} claim of ${p.model.name}, and marked relevant.` }
        : { ok: false, message: describeProblem(res.problem) },
      index,
      res.ok && state !== "RELEVANT" ? [item.id] : [],
    );
  };

  const bulkDismiss = async (reason: string) => {
    setBusy(true);
    const ids = items.filter((i) => selected.has(i.id)).map((i) => i.id);
    const res = await sendJson("POST", "/api/v1/review-queue/dismiss", { ids, reason });
    if (res.ok) setSelected(new Set());
    const notNew = res.ok ? [] : ((res.problem.notNew as { id: string }[] | undefined) ?? []);
    const titles = notNew.map((n) => items.find((i) => i.id === n.id)?.title ?? n.id);
    finish(
      res.ok
        ? { ok: true, message: `Dismissed ${ids.length} item${ids.length === 1 ? "" : "s"}.` }
        : { ok: false, message: `${describeProblem(res.problem)}${titles.length ? ` Already reviewed: ${titles.join("; ")}.` : ""}` },
      Math.max(focus, 0),
      ids,
    );
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target instanceof HTMLElement ? e.target : null;
      const action = reviewShortcutFor({
        key: e.key,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        altKey: e.altKey,
        targetTag: target?.tagName ?? "",
        targetEditable: target?.isContentEditable ?? false,
      });
      if (!action) return;
      const at = focusRef.current;
      const item = items[at];
      if (action === "next" || action === "previous") {
        e.preventDefault();
        focusItem(at < 0 ? 0 : at + (action === "next" ? 1 : -1));
        return;
      }
      if (!item || (action === "dismiss" && item.reviewStatus === "DISMISSED")) return;
      e.preventDefault();
      if (action === "relevant" || action === "dismiss") setOpen({ id: item.id, panel: action });
      else if (action === "claim") router.push(claimDraftHref(item));
      else if (item.reviewStatus === "NEW") {
        toggleSelect(item.id);
        setAnnouncement(`${selected.has(item.id) ? "Unselected" : "Selected"}: ${item.title}`);
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [items, focusItem, router, selected, toggleSelect]);

  const selectable = items.filter((i) => i.reviewStatus === "NEW");

  return (
    <section className={styles.queue} aria-labelledby="queue-heading">
      <div className={styles.header}>
        <h1 id="queue-heading">Review queue</h1>
        <p className={styles.help} id="queue-shortcuts">
          Keyboard:{" "}
          {REVIEW_SHORTCUTS.map((s, i) => (
            <span key={s.key}>
              <kbd>{s.key}</kbd> {s.label}
              {i < REVIEW_SHORTCUTS.length - 1 ? ", " : ""}
            </span>
          ))}
          . <kbd>Esc</kbd> closes a form.
        </p>
      </div>

      <nav className={styles.tabs} aria-label="Review state">
        <ul>
          {STATES.map((s) => (
            <li key={s.state}>
              <Link href={queueHref(s.state, mine, language)} aria-current={s.state === state ? "page" : undefined}>
                <span aria-hidden="true">{s.mark}</span> {s.label} <span className={styles.count}>{counts[s.state]}</span>
              </Link>
            </li>
          ))}
        </ul>
        <Link className={styles.mineToggle} href={queueHref(state, !mine, language)} aria-pressed={mine} role="button">
          {mine ? "☑ Assigned to me" : "☐ Assigned to me"}
        </Link>
      </nav>
      <LanguageFilter current={language} languages={languages} hrefFor={(l) => queueHref(state, mine, l)} />

      <p className={styles.live} role="status" aria-live="polite">
        {announcement}
      </p>
      {outcome ? <p className={outcome.ok ? editor.success : editor.error}>{outcome.message}</p> : null}

      {state === "NEW" && selectable.length ? (
        <BulkDismissBar
          selectedCount={selected.size}
          allSelected={selected.size === selectable.length}
          busy={busy}
          onSelectAll={(all) => setSelected(all ? new Set(selectable.map((i) => i.id)) : new Set())}
          onDismiss={bulkDismiss}
        />
      ) : null}

      {items.length === 0 ? (
        <p className={editor.panel}>
          {state === "NEW" ? "Nothing to review: the queue is empty." : `No ${state.toLowerCase()} items${mine ? " assigned to you" : ""}${language ? ` in ${languageName(language)}` : ""}.`}
        </p>
      ) : (
        <ol className={styles.list} aria-describedby="queue-shortcuts">
          {items.map((item, index) => (
            <li key={item.id}>
              <ReviewQueueItem
                ref={(el) => {
                  refs.current[index] = el;
                }}
                item={item}
                focused={index === focus}
                selected={selected.has(item.id)}
                open={open}
                busy={busy}
                models={models}
                assignees={assignees}
                onFocusItem={() => {
                  setFocus(index);
                  focusRef.current = index;
                }}
                onToggleSelect={() => toggleSelect(item.id)}
                onOpen={(panel) => {
                  setOpen(panel);
                  // Closing a form hands the keyboard back to its item, not to the page.
                  if (!panel) refs.current[index]?.focus();
                }}
                onAction={(body, done) => void act(item, index, body, done)}
                onAccept={(proposal) => void acceptProposal(item, index, proposal)}
              />
            </li>
          ))}
        </ol>
      )}
      {hasMore ? <p className={editor.muted}>Showing the newest {items.length}; the rest appear as these are reviewed.</p> : null}
    </section>
  );
}
