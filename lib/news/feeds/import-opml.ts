import type { OpmlImportReport, OpmlOutlineReport } from "./feed-types";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { runMutation } from "@/lib/db/run-mutation";
import { PolicyViolationError } from "@/lib/errors";
import { invalidFeedUrlReason, parseOpml } from "./parse-opml";

/**
 * Adds every valid feed of an OPML document that is not there yet, in one
 * transaction, and reports each outline: added, already there, or invalid
 * (with why). Feeds are not fetched here: each becomes due at once and the
 * next ingestion run reports the unreachable ones on the health page.
 */
export async function importOpml(db: Db, actor: Actor, text: string): Promise<OpmlImportReport> {
  const parsed = parseOpml(text);
  if (!parsed.ok) throw new PolicyViolationError(`This is not an OPML document we can read: ${parsed.reason}`, "opml-document");

  const reports: OpmlOutlineReport[] = [];
  // The first valid outline of each URL is the one that adds it; later twins are "already there".
  const first = new Map<string, { report: OpmlOutlineReport; htmlUrl: string | null }>();
  for (const o of parsed.outlines) {
    const reason = invalidFeedUrlReason(o.url);
    const report: OpmlOutlineReport = { url: o.url, title: o.title, result: reason ? "invalid" : "added", reason, feedId: null };
    reports.push(report);
    if (reason) continue;
    if (first.has(o.url)) report.result = "exists";
    else first.set(o.url, { report, htmlUrl: o.htmlUrl });
  }

  await runMutation(db, actor, async ({ tx }) => {
    const existing = await tx.feed.findMany({ where: { url: { in: [...first.keys()] } }, select: { id: true, url: true } });
    for (const e of existing) Object.assign(first.get(e.url)!.report, { result: "exists", feedId: e.id });
    const fresh = [...first.values()].filter((f) => f.report.result === "added");
    // skipDuplicates: a feed added meanwhile by someone else counts as already there.
    const created = await tx.feed.createManyAndReturn({
      data: fresh.map((f) => ({ url: f.report.url, title: f.report.title, siteUrl: f.htmlUrl })),
      skipDuplicates: true,
      select: { id: true, url: true },
    });
    const createdIds = new Map(created.map((c) => [c.url, c.id]));
    for (const { report } of fresh) Object.assign(report, createdIds.has(report.url) ? { feedId: createdIds.get(report.url) } : { result: "exists" });
    await recordAudit(tx, {
      actor,
      action: "feed.import-opml",
      entityType: "Feed",
      entityId: "opml",
      data: { ...countResults(reports), addedUrls: created.map((c) => c.url) },
    });
  });
  for (const r of reports) if (r.result === "exists" && !r.feedId) r.feedId = first.get(r.url)?.report.feedId ?? null;
  return { ...countResults(reports), outlines: reports };
}

function countResults(reports: readonly OpmlOutlineReport[]) {
  const n = (result: OpmlOutlineReport["result"]) => reports.filter((r) => r.result === result).length;
  return { added: n("added"), existing: n("exists"), invalid: n("invalid") };
}
