/** Query parameters that only identify a campaign or a click, never the page. */
const trackingParam =
  /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|gclsrc|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|mkt_tok|oly_anon_id|oly_enc_id|vero_id|vero_conv|ref_src|wt_mc|wt\.mc_id|spm|__s)$/i;

/**
 * `raw` resolved against `base`, if it is an http(s) URL. Every other scheme
 * (javascript:, data:, vbscript:, file:) is refused: links must be safe to click.
 */
export function resolveHttpUrl(raw: string | null | undefined, base?: string | null): URL | null {
  const text = raw?.trim();
  if (!text) return null;
  try {
    const url = new URL(text, base ?? undefined);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

/**
 * The URL that identifies an article across feeds: resolved, http(s) only,
 * tracking parameters and fragment removed (host case and default ports are
 * normalized by URL itself). Null when there is no safe URL.
 */
export function canonicalizeUrl(raw: string | null | undefined, base?: string | null): string | null {
  const url = resolveHttpUrl(raw, base);
  if (!url) return null;
  url.hash = "";
  url.username = "";
  url.password = "";
  for (const name of [...url.searchParams.keys()]) {
    if (trackingParam.test(name)) url.searchParams.delete(name);
  }
  if ([...url.searchParams.keys()].length === 0) url.search = "";
  return url.href;
}

/** An identifier (GUID, Atom id) that is a URL or an absolute path can stand in for a missing link. */
export function permalinkLike(id: string | null | undefined): string {
  const text = id?.trim() ?? "";
  return /^(https?:\/\/|\/)/i.test(text) ? text : "";
}
