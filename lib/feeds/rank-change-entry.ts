import type { AtomEntry } from "./build-atom-feed";
import { demoNotice, labelled } from "./feed-html";
import type { FeedSite } from "./feed-site";
import type { RankChange } from "./find-rank-changes";
import { el, renderHtmlFragment } from "./xml-builder";

export interface RankFeedBoard {
  id: string;
  slug: string;
  name: string;
  method: string;
  isDemo: boolean;
}

export interface RankFeedModel {
  slug: string;
  name: string;
  isDemo: boolean;
}

const int = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const day = (d: Date) => d.toISOString().slice(0, 10);

export function rankChangeDirection(c: Pick<RankChange, "from" | "to">): "up" | "down" | "ranked" | "unranked" {
  if (c.from === null) return "ranked";
  if (c.to === null) return "unranked";
  return c.to < c.from ? "up" : "down";
}

function titleFor(c: RankChange, model: RankFeedModel, board: RankFeedBoard): string {
  if (c.from === null) return `${model.name}: ranked ${c.to} on ${board.name}, now with enough votes`;
  if (c.to === null) return `${model.name}: no longer ranked on ${board.name} (under the vote minimum)`;
  return `${model.name}: rank ${c.from} → ${c.to} on ${board.name}`;
}

function ratingText(s: RankChange["snapshot"]): string {
  const interval = s.ciLow !== null && s.ciHigh !== null ? ` (95% interval ${int.format(s.ciLow)}–${int.format(s.ciHigh)})` : "";
  return `${int.format(s.rating)}${interval}`;
}

/**
 * One rank change as an entry. `names` maps model ids to names so ties can
 * be spelled out ("shares rank 1 with Veo 3, Sora 2").
 */
export function rankChangeEntry(
  site: FeedSite,
  board: RankFeedBoard,
  c: RankChange,
  model: RankFeedModel,
  names: ReadonlyMap<string, string>,
): AtomEntry {
  const page = site.url(`/leaderboards/${encodeURIComponent(board.slug)}?at=${day(c.capturedAt)}`);
  const profile = site.url(`/models/${encodeURIComponent(model.slug)}`);
  const label = c.snapshot.displayLabel && c.snapshot.displayLabel !== model.name ? c.snapshot.displayLabel : null;
  const tied = c.sharedWith.map((id) => names.get(id) ?? id);
  const demo = board.isDemo || model.isDemo;
  const html = renderHtmlFragment([
    demo ? demoNotice("These ratings and ranks are generated for the Modelwatch demo; they are not the arena’s published figures.") : null,
    labelled(
      "Rank with uncertainty",
      `${c.from ?? "not ranked"} → ${c.to ?? "not ranked"} between ${day(c.previousAt)} and ${day(c.capturedAt)}`,
      tied.length ? ` — shares rank ${c.to} with ${tied.join(", ")}` : "",
    ),
    labelled("Rating", `${ratingText(c.snapshot)}, previously ${ratingText(c.previous)}`),
    c.snapshot.votes !== null ? labelled("Votes", int.format(c.snapshot.votes)) : null,
    label ? labelled("Listed by the source as", label) : null,
    el(
      "p",
      null,
      "Rank with uncertainty is 1 + the number of models whose 95% interval lies entirely above this one’s: models with overlapping intervals share a rank, so rating jitter alone does not move it.",
    ),
    el("p", null, el("a", { href: page }, `${board.name} on ${day(c.capturedAt)}`), " · ", el("a", { href: profile }, model.name)),
  ]);
  const direction = rankChangeDirection(c);
  return {
    id: site.tagId(`leaderboard/${board.id}/${board.method}/rank/${c.modelId}/${c.capturedAt.toISOString()}`),
    title: titleFor(c, model, board),
    updated: c.capturedAt,
    published: c.capturedAt,
    links: [
      { rel: "alternate", type: "text/html", href: page },
      { rel: "related", type: "text/html", href: profile },
    ],
    summary: {
      type: "text",
      value: `${titleFor(c, model, board)}. Rating ${ratingText(c.snapshot)}.`,
    },
    content: { type: "html", value: html },
    categories: [
      { term: model.slug, scheme: site.tagId("scheme/model"), label: model.name },
      { term: direction, scheme: site.tagId("scheme/rank-change"), label: `Rank ${direction}` },
      ...(demo ? [{ term: "demo", scheme: site.tagId("scheme/data"), label: "Demo data (illustrative)" }] : []),
    ],
  };
}
