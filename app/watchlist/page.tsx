import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { listBoardWatches } from "@/lib/watch/list-board-watches";
import { listWatchlist } from "@/lib/watch/list-watchlist";
import { listWebhooks } from "@/lib/watch/manage-webhooks";
import { getNotificationSettings } from "@/lib/watch/notification-settings";
import { BoardWatchForm } from "@/components/watch/board-watch-form";
import { DeliverySettings } from "@/components/watch/delivery-settings";
import { WatchEntryForm } from "@/components/watch/watch-entry-form";
import { WebhooksPanel } from "@/components/watch/webhooks-panel";
import ui from "@/components/editor/editor.module.css";
import styles from "@/components/watch/watchlist.module.css";

// Rendered per request: it reads the session, and its CSP carries a per-request nonce (proxy.ts).
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Your watch-list", robots: { index: false } };

export default async function WatchlistPage() {
  const actor = await requirePageActor("watchlist.manage", "/watchlist");
  const db = await getDb();
  const [watches, boardWatches, settings, webhooks] = await Promise.all([
    listWatchlist(db, actor.userId),
    listBoardWatches(db, actor.userId),
    getNotificationSettings(db, actor.userId),
    listWebhooks(db, actor.userId),
  ]);

  return (
    <div className={ui.frame}>
      <header className={styles.header}>
        <h1>Your watch-list</h1>
        <p className={ui.muted}>
          What you are told about each model and leaderboard you watch, and how. Notifications land in your <Link href="/inbox">inbox</Link>.
        </p>
      </header>
      <section className={styles.section} aria-labelledby="models-title">
        <h2 id="models-title">Models</h2>
        {watches.length ? (
          <div className={styles.list}>
            {watches.map((w) => (
              <WatchEntryForm key={w.model.slug} watch={w} />
            ))}
          </div>
        ) : (
          <p className={ui.panel}>
            You watch no model yet. Use the <strong>Watch</strong> button on a model&apos;s page or a leaderboard row.
          </p>
        )}
      </section>
      <section className={styles.section} aria-labelledby="boards-title">
        <h2 id="boards-title">Leaderboards</h2>
        <p className={ui.muted}>A watched board tells you when an unknown model enters its top, and when rank 1 changes hands.</p>
        {boardWatches.length ? (
          <div className={styles.list}>
            {boardWatches.map((w) => (
              <BoardWatchForm key={w.leaderboard.slug} watch={w} />
            ))}
          </div>
        ) : (
          <p className={ui.panel}>
            You watch no leaderboard yet. Use <strong>Watch this board</strong> on a <Link href="/leaderboards">leaderboard</Link>&apos;s page.
          </p>
        )}
      </section>
      <div className={styles.settings}>
        <DeliverySettings settings={settings} mailEnabled={getEnv().mailEnabled} />
        <WebhooksPanel webhooks={webhooks} />
      </div>
    </div>
  );
}
