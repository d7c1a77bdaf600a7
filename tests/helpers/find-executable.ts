import type { ParsedFeed } from "@/lib/news/ingest/parse-feed";
import { allowedIframeHosts } from "@/lib/news/ingest/sanitize-feed-html";

const badUrl = /^\s*(javascript|vbscript|data|file):/i;

/** Every executable construct left in a parsed feed's stored strings: tags, handlers, URL schemes. */
export function findExecutable(feed: ParsedFeed): string[] {
  const problems: string[] = [];
  const html = (label: string, value: string | null) => {
    if (!value) return;
    if (/<\s*(script|style|object|embed|form|input|button|meta|link|base|svg|math)\b/i.test(value)) problems.push(`${label} keeps a dangerous tag: ${value.slice(0, 200)}`);
    if (/javascript:|vbscript:|data:/i.test(value)) problems.push(`${label} keeps a script URL: ${value.slice(0, 200)}`);
    for (const tag of value.match(/<[a-z][^>]*>/gi) ?? []) {
      if (/\son[a-z]+\s*=/i.test(tag) || /\sstyle\s*=/i.test(tag)) problems.push(`${label} keeps an attribute: ${tag}`);
      if (/^<iframe/i.test(tag)) {
        const src = /\ssrc="([^"]*)"/.exec(tag)?.[1] ?? "";
        const host = URL.canParse(src) ? new URL(src).hostname : "";
        if (!allowedIframeHosts.includes(host) || !/\ssandbox="/.test(tag)) problems.push(`${label} keeps an iframe: ${tag}`);
      }
    }
  };
  const text = (label: string, value: string | null) => {
    if (value && /<[a-z!/]/i.test(value)) problems.push(`${label} keeps markup in plain text: ${value.slice(0, 200)}`);
  };
  const url = (label: string, value: string | null | undefined) => {
    if (value && (badUrl.test(value) || !/^https?:\/\//i.test(value))) problems.push(`${label} is not an http(s) URL: ${value}`);
  };
  text("feed.title", feed.title);
  url("feed.link", feed.link);
  feed.items.forEach((item, i) => {
    text(`items[${i}].title`, item.title);
    text(`items[${i}].author`, item.author);
    text(`items[${i}].excerpt`, item.excerpt);
    url(`items[${i}].link`, item.link);
    url(`items[${i}].canonicalUrl`, item.canonicalUrl);
    url(`items[${i}].enclosure`, item.enclosure?.url);
    html(`items[${i}].summaryHtml`, item.summaryHtml);
    html(`items[${i}].contentHtml`, item.contentHtml);
  });
  return problems;
}
