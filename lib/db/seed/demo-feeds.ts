export interface DemoFeed {
  key: string;
  url: string;
  title: string;
  siteUrl: string;
  intervalMinutes: number;
}

/**
 * Demo feeds live on the reserved `.example` domain and are disabled: the
 * poller must never try to fetch them, and the reason says so in the UI.
 */
export const DEMO_FEED_DISABLED_REASON = "Demo feed: illustrative items, never fetched";

export const DEMO_FEEDS: DemoFeed[] = [
  { key: "framerate", url: "https://framerate.example/feed.xml", title: "Frame Rate", siteUrl: "https://framerate.example", intervalMinutes: 60 },
  { key: "ledger", url: "https://modelledger.example/rss", title: "The Model Ledger", siteUrl: "https://modelledger.example", intervalMinutes: 120 },
  { key: "arena", url: "https://arenawatch.example/atom.xml", title: "Arena Watch", siteUrl: "https://arenawatch.example", intervalMinutes: 30 },
  { key: "synth", url: "https://syntheticmedia.example/feed", title: "Synthetic Media Daily", siteUrl: "https://syntheticmedia.example", intervalMinutes: 60 },
];

/** Several outlets covering one story: the review queue shows them as one cluster. */
export const DEMO_CLUSTERS = [
  { key: "horse-7-tops-arena", title: "Anonymous \"horse-7\" takes first place in the video arena" },
  { key: "alibaba-confirms", title: "Alibaba confirms HappyHorse 1.0 is from its ATH AI Innovation Unit" },
  { key: "pricing-slide", title: "Leaked slide suggests HappyHorse pricing tiers" },
] as const;

export type DemoClusterKey = (typeof DEMO_CLUSTERS)[number]["key"];
