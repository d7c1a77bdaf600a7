import type { Db } from "@/lib/db";
import { el, renderXmlDocument } from "@/lib/feeds/xml-builder";

export const OPML_MEDIA_TYPE = "text/x-opml";

/** Every feed as an OPML 2.0 subscription list (disabled ones too: they are still ours). */
export async function exportOpml(db: Db, now: Date = new Date()): Promise<string> {
  const feeds = await db.feed.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { url: true, title: true, siteUrl: true } });
  const doc = el(
    "opml",
    { version: "2.0" },
    el("head", null, el("title", null, "Modelwatch feeds"), el("dateCreated", null, now.toUTCString())),
    el(
      "body",
      null,
      ...feeds.map((f) => el("outline", { type: "rss", text: f.title ?? f.url, title: f.title, xmlUrl: f.url, htmlUrl: f.siteUrl })),
    ),
  );
  return renderXmlDocument(doc);
}
