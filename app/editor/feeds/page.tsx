import { FeedHealthView } from "@/components/feed-health/feed-health-view";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { getDb } from "@/lib/db";
import { listFeedHealth } from "@/lib/news/feeds/list-feed-health";

export const metadata = { title: "Feeds · Editor" };

export default async function EditorFeedsPage() {
  await requirePageActor("feeds.manage", "/editor/feeds");
  const now = new Date();
  const feeds = await listFeedHealth(await getDb(), now);
  return <FeedHealthView feeds={feeds} now={now} />;
}
