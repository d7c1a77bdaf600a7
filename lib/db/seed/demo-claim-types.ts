import type { ClaimCategory, ClaimStatus, Confidence, SourceKind } from "../generated/enums";
import { DEMO_FEEDS } from "./demo-feeds";
import { demoNewsCanonicalUrl, findDemoNewsOrThrow } from "./demo-news";

export interface DemoSource {
  kind: SourceKind;
  url: string;
  title: string;
  publisher: string;
  publishedAt: string;
  quote?: string;
  /** Key of the demo news item this source was taken from (must be RELEVANT). */
  news?: string;
  /** When an editor attached it (defaults to the claim's creation date). */
  addedAt?: string;
}

export interface DemoStatusChange {
  at: string;
  to: ClaimStatus;
  note: string;
  /** Indexes into the claim's sources cited for this change. */
  evidence: number[];
}

export interface DemoClaim {
  /** Unique; the claim's id is derived from it. */
  key: string;
  model: string;
  category: ClaimCategory;
  statement: string;
  confidence: Confidence;
  createdAt: string;
  reviewBy?: string;
  sources: DemoSource[];
  /** Status moves after creation (every claim starts UNVERIFIED), oldest first. */
  history?: DemoStatusChange[];
}

/** A source, compactly: kind, url, title, publisher, date, then optional quote / news key / addedAt. */
export function src(
  kind: SourceKind,
  url: string,
  title: string,
  publisher: string,
  publishedAt: string,
  more: Pick<DemoSource, "quote" | "news" | "addedAt"> = {},
): DemoSource {
  return { kind, url, title, publisher, publishedAt, ...more };
}

/** A status move citing sources by index. */
export function move(at: string, to: ClaimStatus, note: string, evidence: number[] = []): DemoStatusChange {
  return { at, to, note, evidence };
}

/** A source taken from a reviewed demo news item: same URL, title and outlet, linked by `news`. */
export function newsSource(key: string, kind: SourceKind = "PRESS", quote?: string): DemoSource {
  const item = findDemoNewsOrThrow(key);
  const feed = DEMO_FEEDS.find((f) => f.key === item.feed);
  return {
    kind,
    url: demoNewsCanonicalUrl(item),
    title: item.title,
    publisher: feed?.title ?? item.feed,
    publishedAt: item.publishedAt,
    news: key,
    ...(quote ? { quote } : {}),
  };
}
