import { z } from "zod";
import { claimAnchorId } from "@/lib/claims/claim-anchor";
import { CLAIM_CATEGORY_LABELS, CLAIM_STATUS_META, SOURCE_KIND_LABELS } from "@/lib/claims/claim-labels";
import type { ClaimCategory, ClaimEventType, ClaimStatus, SourceKind } from "@/lib/db";
import type { AtomCategory, AtomEntry } from "./build-atom-feed";
import { demoNotice, labelled, linkOrText, truncate } from "./feed-html";
import type { FeedSite } from "./feed-site";
import { el, renderHtmlFragment } from "./xml-builder";

/** Event types a reader cares about; assignment and source bookkeeping stay editorial. */
export const PUBLIC_CLAIM_EVENT_TYPES = ["CREATED", "STATUS_CHANGED", "RETRACTED", "RESTORED", "EDITED"] as const satisfies readonly ClaimEventType[];
/** The events that move a claim's status: what /feeds/verifications lists. */
export const STATUS_EVENT_TYPES = ["STATUS_CHANGED", "RETRACTED", "RESTORED"] as const satisfies readonly ClaimEventType[];

export interface ClaimEventRow {
  id: string;
  type: ClaimEventType;
  fromStatus: ClaimStatus | null;
  toStatus: ClaimStatus | null;
  note: string;
  /** JSON as stored: source snapshots cited for the change (other shapes are ignored). */
  evidence: unknown;
  createdAt: Date;
  claim: {
    id: string;
    category: ClaimCategory;
    statement: string;
    isDemo: boolean;
    model: { slug: string; name: string; isDemo: boolean };
  };
}

/** What the feeds select for a claim event: exactly the fields of ClaimEventRow. */
export const claimEventSelect = {
  id: true,
  type: true,
  fromStatus: true,
  toStatus: true,
  note: true,
  evidence: true,
  createdAt: true,
  claim: {
    select: {
      id: true,
      category: true,
      statement: true,
      isDemo: true,
      model: { select: { slug: true, name: true, isDemo: true } },
    },
  },
} as const;

const evidenceItem = z.object({ url: z.string(), title: z.string(), kind: z.string().optional() });
type Evidence = z.infer<typeof evidenceItem>;

/** Evidence is free-form JSON written by several code paths: keep the items that look like sources. */
export function parseEvidence(json: unknown): Evidence[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((item) => {
    const parsed = evidenceItem.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

const statusLabel = (s: ClaimStatus | null) => (s ? CLAIM_STATUS_META[s].label : "none");
const isSourceKind = (k: string): k is SourceKind => k in SOURCE_KIND_LABELS;

function titleFor(e: ClaimEventRow): string {
  const subject = `${e.claim.model.name} — ${CLAIM_CATEGORY_LABELS[e.claim.category]} claim`;
  switch (e.type) {
    case "CREATED":
      return `${subject} recorded: “${truncate(e.claim.statement, 110)}”`;
    case "RETRACTED":
      return `${subject} retracted (was ${statusLabel(e.fromStatus)})`;
    case "RESTORED":
      return `${subject} restored: ${statusLabel(e.fromStatus)} → ${statusLabel(e.toStatus)}`;
    case "EDITED":
      return `${subject} edited`;
    default:
      return `${subject}: ${statusLabel(e.fromStatus)} → ${statusLabel(e.toStatus)}`;
  }
}

function summaryFor(e: ClaimEventRow): string {
  const move = e.type === "CREATED" ? `Recorded as ${statusLabel(e.toStatus)}` : `${statusLabel(e.fromStatus)} → ${statusLabel(e.toStatus)}`;
  return `${move}. ${e.note}`;
}

export function claimCategories(site: FeedSite, e: ClaimEventRow): AtomCategory[] {
  const cats: AtomCategory[] = [
    { term: e.claim.category, scheme: site.tagId("scheme/claim-category"), label: CLAIM_CATEGORY_LABELS[e.claim.category] },
    { term: e.claim.model.slug, scheme: site.tagId("scheme/model"), label: e.claim.model.name },
  ];
  if (e.toStatus) cats.push({ term: e.toStatus, scheme: site.tagId("scheme/claim-status"), label: statusLabel(e.toStatus) });
  if (e.claim.isDemo || e.claim.model.isDemo) cats.push({ term: "demo", scheme: site.tagId("scheme/data"), label: "Demo data (illustrative)" });
  return cats;
}

/** One claim event as an Atom entry. Events are append-only, so updated = published = when it happened. */
export function claimEventEntry(site: FeedSite, e: ClaimEventRow): AtomEntry {
  // The claim itself on its model's page (the same anchor the checklist and ClaimReview use).
  const profile = site.url(`/models/${encodeURIComponent(e.claim.model.slug)}#${claimAnchorId(e.claim.id)}`);
  const evidence = parseEvidence(e.evidence);
  const html = renderHtmlFragment([
    e.claim.isDemo || e.claim.model.isDemo ? demoNotice("This claim and its history are part of the Modelwatch demo story.") : null,
    labelled(`Claim (${CLAIM_CATEGORY_LABELS[e.claim.category]})`, e.claim.statement),
    e.type === "CREATED"
      ? labelled("Status", statusLabel(e.toStatus))
      : labelled("Status", `${statusLabel(e.fromStatus)} → ${statusLabel(e.toStatus)}`),
    labelled("Editor’s note", e.note),
    evidence.length
      ? el(
          "div",
          null,
          el("p", null, el("strong", null, "Evidence cited:")),
          el(
            "ul",
            null,
            ...evidence.map((s) =>
              el("li", null, linkOrText(s.url, s.title), s.kind && isSourceKind(s.kind) ? ` (${SOURCE_KIND_LABELS[s.kind]})` : null),
            ),
          ),
        )
      : null,
    el("p", null, el("a", { href: profile }, `All claims about ${e.claim.model.name}`)),
  ]);
  return {
    id: site.tagId(`claim-event/${e.id}`),
    title: titleFor(e),
    updated: e.createdAt,
    published: e.createdAt,
    links: [{ rel: "alternate", type: "text/html", href: profile }],
    summary: { type: "text", value: summaryFor(e) },
    content: { type: "html", value: html },
    categories: claimCategories(site, e),
  };
}
