// The corpus bench/ingest serves: FEEDS feeds × ITEMS items of realistic RSS
// (HTML descriptions with links, images and a tracking pixel, tracking
// parameters on links, some items naming tracked models), deterministic so
// every run measures the same bytes.

const MODELS = ["HappyHorse 1.0", "Seedance 2.0", "Kling 2.1", "Veo 3", "Sora 2", "Runway Gen-4"];
const TOPICS = ["pricing", "API access", "licence terms", "parameter count", "audio track", "latency", "product integration"];

/** Models the bench creates so matching runs on every item, as in production. */
export const BENCH_MODELS = MODELS;

function item(feed: number, i: number, baseDate: number): string {
  const model = MODELS[(feed * 7 + i) % MODELS.length]!;
  const topic = TOPICS[(feed + i * 3) % TOPICS.length]!;
  const date = new Date(baseDate - (feed * 50 + i) * 60_000).toUTCString();
  const link = `https://outlet${feed}.example/${2026}/story-${feed}-${i}?utm_source=rss&amp;utm_medium=feed`; // escaped: it sits in XML
  const description = `<p>${model} gets news about its ${topic}: an outlet reports on what changed, what is claimed and what is still unverified. <a href="https://outlet${feed}.example/related/${i}" onclick="track()">Related coverage</a> and <strong>analysis</strong> follow.</p><p><img src="https://cdn${feed}.example/img/${i}.jpg" alt="chart" width="640" height="360"><img src="https://pixel.example/t.gif?f=${feed}&i=${i}" width="1" height="1"></p><script>alert(1)</script>`;
  return `<item><title>${model}: ${topic} update ${feed}.${i}</title><link>${link}</link><guid isPermaLink="false">outlet-${feed}-item-${i}</guid><pubDate>${date}</pubDate><author>desk@outlet${feed}.example (News desk)</author><description><![CDATA[${description}]]></description></item>`;
}

/** One RSS 2.0 document. */
export function makeFeed(feed: number, items: number, baseDate: number): string {
  const body = Array.from({ length: items }, (_, i) => item(feed, i, baseDate)).join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Outlet ${feed}</title><link>https://outlet${feed}.example/</link><description>News from outlet ${feed}</description>\n${body}\n</channel></rss>\n`;
}
