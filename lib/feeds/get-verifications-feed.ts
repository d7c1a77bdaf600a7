import { getDb, type Db } from "@/lib/db";
import type { AtomFeed } from "./build-atom-feed";
import { claimEventEntry, claimEventSelect, STATUS_EVENT_TYPES } from "./claim-event-entry";
import { DEMO_LABEL } from "./feed-html";
import { FEED_ENTRY_LIMIT, feedBoilerplate } from "./feed-boilerplate";
import type { FeedSite } from "./feed-site";

// An empty feed still needs `updated`; a fixed date keeps its ETag stable.
const EPOCH = new Date(0);

/** Every claim status change on every model, newest first. One indexed query. */
export async function getVerificationsFeed(site: FeedSite, db?: Db): Promise<AtomFeed> {
  const client = db ?? (await getDb());
  const events = await client.claimEvent.findMany({
    where: { type: { in: [...STATUS_EVENT_TYPES] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: FEED_ENTRY_LIMIT,
    select: claimEventSelect,
  });
  const anyDemo = events.some((e) => e.claim.isDemo || e.claim.model.isDemo);
  return {
    ...feedBoilerplate(site),
    id: site.tagId("feed/verifications"),
    title: "Claim verifications — Modelwatch",
    subtitle: [
      "Every change of a claim’s status on every tracked model — verified, disputed, refuted, retracted, restored — with the editor’s note and the evidence cited.",
      anyDemo ? `${DEMO_LABEL} Entries marked “demo” belong to the demo story.` : "",
    ]
      .filter(Boolean)
      .join(" "),
    fallbackUpdated: EPOCH,
    selfUrl: site.url("/feeds/verifications"),
    alternateUrl: site.url("/"),
    entries: events.map((e) => claimEventEntry(site, e)),
  };
}
