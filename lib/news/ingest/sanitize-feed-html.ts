import sanitizeHtml from "sanitize-html";
import { resolveHttpUrl } from "./canonicalize-url";

/** Embeds we accept; each is sandboxed. youtube.com embeds are moved to youtube-nocookie. */
export const allowedIframeHosts = ["www.youtube-nocookie.com", "player.vimeo.com"];
const iframeSandbox = "allow-scripts allow-same-origin allow-presentation allow-popups";
const linkRel = "noopener noreferrer nofollow";

function resolvedOrNothing(value: string | undefined, base: string | undefined, schemes: string[]): string | undefined {
  if (value === undefined) return undefined;
  if (/^mailto:/i.test(value.trim()) && schemes.includes("mailto")) return value.trim();
  return resolveHttpUrl(value, base)?.href;
}

function withAttribute(attribs: sanitizeHtml.Attributes, name: string, value: string | undefined): sanitizeHtml.Attributes {
  const next = { ...attribs };
  if (value === undefined) delete next[name];
  else next[name] = value;
  return next;
}

/** Declared 1×1 (or 0×0) images are tracking pixels; so are feed-proxy beacons. */
function isTrackingPixel(attribs: Record<string, string>): boolean {
  const size = (v: string | undefined) => (v === undefined ? undefined : Number.parseFloat(v));
  const w = size(attribs.width);
  const h = size(attribs.height);
  if ((w !== undefined && w <= 1) || (h !== undefined && h <= 1)) return true;
  return /\/~r\/|\/~ff\/|feedsportal\.com|\/pixel\.(gif|png)|stats\.wordpress\.com\/b\.gif/i.test(attribs.src ?? "");
}

function options(base: string | undefined): sanitizeHtml.IOptions {
  return {
    allowedTags: [...sanitizeHtml.defaults.allowedTags, "img", "figure", "figcaption", "picture", "del", "ins", "iframe"],
    allowedAttributes: {
      a: ["href", "title", "rel"],
      img: ["src", "alt", "title", "width", "height"],
      iframe: ["src", "width", "height", "title", "allowfullscreen", "sandbox", "loading", "referrerpolicy"],
      abbr: ["title"],
      blockquote: ["cite"],
      q: ["cite"],
      td: ["colspan", "rowspan"],
      th: ["colspan", "rowspan"],
    },
    // No data: images: an SVG data URL is a script vector in too many contexts.
    allowedSchemes: ["http", "https", "mailto"],
    allowedSchemesByTag: { img: ["http", "https"], iframe: ["https"] },
    allowProtocolRelative: false,
    allowedIframeHostnames: allowedIframeHosts,
    nonTextTags: ["script", "style", "textarea", "option", "noscript", "template", "title", "xmp", "plaintext", "noembed", "noframes"],
    transformTags: {
      a: (tagName, attribs) => ({
        tagName,
        attribs: { ...withAttribute(attribs, "href", resolvedOrNothing(attribs.href, base, ["mailto"])), rel: linkRel },
      }),
      img: (tagName, attribs) => ({ tagName, attribs: withAttribute(attribs, "src", resolvedOrNothing(attribs.src, base, [])) }),
      iframe: (tagName, attribs) => {
        const src = resolveHttpUrl(attribs.src, base);
        if (src?.hostname === "www.youtube.com" || src?.hostname === "youtube.com") src.hostname = "www.youtube-nocookie.com";
        if (src) src.protocol = "https:";
        return {
          tagName,
          attribs: {
            ...withAttribute(attribs, "src", src?.href),
            sandbox: iframeSandbox,
            loading: "lazy",
            referrerpolicy: "no-referrer",
          },
        };
      },
    },
    exclusiveFilter: (frame) =>
      (frame.tag === "img" && (!frame.attribs.src || isTrackingPixel(frame.attribs))) ||
      (frame.tag === "iframe" && !frame.attribs.src),
  };
}

/**
 * Feed HTML made safe to store and render: an allowlist of tags and
 * attributes, http(s)/mailto URLs only (relative ones resolved against
 * `base`), sandboxed iframes from known players only, links that cannot reach
 * back to the opener or pass ranking, tracking pixels dropped.
 */
export function sanitizeFeedHtml(html: string, base?: string): string {
  return sanitizeHtml(html, options(base)).trim();
}
