export interface DemoFeed {
  key: string;
  url: string;
  title: string;
  siteUrl: string;
  intervalMinutes: number;
  /** What the outlet writes in (its feed's <language>): the language of its items. */
  language: "en" | "zh" | "ja";
}

/**
 * Demo feeds live on the reserved `.example` domain and are disabled: the
 * poller must never try to fetch them, and the reason says so in the UI.
 */
export const DEMO_FEED_DISABLED_REASON = "Demo feed: illustrative items, never fetched";

export const DEMO_FEEDS: DemoFeed[] = [
  { key: "framerate", url: "https://framerate.example/feed.xml", title: "Frame Rate", siteUrl: "https://framerate.example", intervalMinutes: 60, language: "en" },
  { key: "ledger", url: "https://modelledger.example/rss", title: "The Model Ledger", siteUrl: "https://modelledger.example", intervalMinutes: 120, language: "en" },
  { key: "arena", url: "https://arenawatch.example/atom.xml", title: "Arena Watch", siteUrl: "https://arenawatch.example", intervalMinutes: 30, language: "en" },
  { key: "synth", url: "https://syntheticmedia.example/feed", title: "Synthetic Media Daily", siteUrl: "https://syntheticmedia.example", intervalMinutes: 60, language: "en" },
  // Much of this story breaks first in Chinese, then Japanese outlets.
  { key: "shipin", url: "https://aishipin.example/rss.xml", title: "AI视频前线", siteUrl: "https://aishipin.example", intervalMinutes: 60, language: "zh" },
  { key: "douga", url: "https://douga-ai.example/feed", title: "動画AIウォッチ", siteUrl: "https://douga-ai.example", intervalMinutes: 120, language: "ja" },
];

/** Several outlets covering one story: the review queue shows them as one cluster. */
export const DEMO_CLUSTERS = [
  { key: "horse-7-tops-arena", title: "Anonymous \"horse-7\" takes first place in the video arena" },
  { key: "alibaba-confirms", title: "Alibaba confirms HappyHorse 1.0 is from its ATH AI Innovation Unit" },
  { key: "pricing-slide", title: "Leaked slide suggests HappyHorse pricing tiers" },
] as const;

export type DemoClusterKey = (typeof DEMO_CLUSTERS)[number]["key"];
