// The e-mail body for one or many notifications: grouped by model, verified
// changes first, unverified claims labelled as such; text and HTML parts.
// Pure: the digest tests call it directly.
import { escapeHtml } from "../mail/escape-html";
import type { SignalType } from "../db/enums";

export interface DigestItem {
  type: SignalType;
  title: string;
  model: { slug: string; name: string } | null;
  verified: boolean;
  /** About a claim: an unverified one is labelled. */
  aboutClaim: boolean;
  occurredAt: Date;
  /** Absolute URL of the subject itself (the claim, the board, the article…). */
  url: string;
  /** Lines naming the subject by its stable ids and API links ("Claim <id> · API · VERIFIED · version 2"). */
  facts?: readonly string[];
}

export interface DigestGroup {
  heading: string;
  items: (DigestItem & { label: "Verified" | "Unverified" | null })[];
}

const OTHER = "Site and editors";

function labelOf(item: DigestItem): "Verified" | "Unverified" | null {
  if (item.verified) return "Verified";
  return item.aboutClaim ? "Unverified" : null;
}

/** Groups by model (models with verified changes first, then by name); inside each, verified first, then newest. */
export function groupDigest(items: readonly DigestItem[]): DigestGroup[] {
  const groups = new Map<string, DigestGroup>();
  for (const item of items) {
    const heading = item.model?.name ?? OTHER;
    const g = groups.get(heading) ?? { heading, items: [] };
    g.items.push({ ...item, label: labelOf(item) });
    groups.set(heading, g);
  }
  const rank = (i: DigestItem) => (i.verified ? 0 : 1);
  for (const g of groups.values()) g.items.sort((a, b) => rank(a) - rank(b) || b.occurredAt.getTime() - a.occurredAt.getTime());
  const hasVerified = (g: DigestGroup) => (g.items.some((i) => i.verified) ? 0 : 1);
  return [...groups.values()].sort(
    (a, b) => hasVerified(a) - hasVerified(b) || Number(a.heading === OTHER) - Number(b.heading === OTHER) || a.heading.localeCompare(b.heading),
  );
}

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

/** One mail for the items: `title` names the period ("Your daily digest, 4 Dec 2026") or is the single change. */
export function composeNotificationMail(input: { subject: string; intro: string; items: readonly DigestItem[]; manageUrl: string; unsubscribeUrl: string }): ComposedMail {
  const groups = groupDigest(input.items);
  const text: string[] = [input.intro, ""];
  const html: string[] = [`<p>${escapeHtml(input.intro)}</p>`];
  for (const g of groups) {
    text.push(`== ${g.heading} ==`);
    html.push(`<h2 style="font-size:16px;margin:16px 0 4px">${escapeHtml(g.heading)}</h2>`, "<ul>");
    for (const item of g.items) {
      const label = item.label ? `[${item.label}] ` : "";
      text.push(`- ${label}${item.title}`, `  ${item.url}`, ...(item.facts ?? []).map((f) => `  ${f}`));
      const badge = item.label ? `<strong>${item.label}</strong> · ` : "";
      html.push(`<li>${badge}<a href="${escapeHtml(item.url)}">${escapeHtml(item.title)}</a></li>`);
    }
    text.push("");
    html.push("</ul>");
  }
  text.push(`Choose what you are told about: ${input.manageUrl}`, `Unsubscribe from these e-mails: ${input.unsubscribeUrl}`, "", "— Modelwatch");
  html.push(
    `<p style="color:#555;font-size:13px"><a href="${escapeHtml(input.manageUrl)}">Choose what you are told about</a> · <a href="${escapeHtml(input.unsubscribeUrl)}">Unsubscribe</a></p>`,
  );
  return { subject: input.subject, text: `${text.join("\n")}\n`, html: html.join("\n") };
}
