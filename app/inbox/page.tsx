import { saneDateTime } from "@/lib/db/sane-date";
import type { Metadata } from "next";
import Link from "next/link";
import { decodeCursor } from "@/lib/db/cursor";
import { DEFAULT_PAGE_SIZE } from "@/lib/db/paginate";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { getDb } from "@/lib/db";
import { listNotifications, NOTIFICATIONS_SCOPE } from "@/lib/watch/list-notifications";
import { z } from "zod";
import { InboxList } from "@/components/watch/inbox-list";
import ui from "@/components/editor/editor.module.css";
import styles from "@/components/watch/watchlist.module.css";

// Rendered per request: it reads the session, and its CSP carries a per-request nonce (proxy.ts).
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Inbox", robots: { index: false } };

export default async function InboxPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const actor = await requirePageActor("watchlist.manage", "/inbox");
  const { cursor } = await searchParams;
  const after = cursor ? (decodeCursor(cursor, NOTIFICATIONS_SCOPE, z.tuple([saneDateTime, z.string()])) ?? undefined) : undefined;
  const page = await listNotifications(await getDb(), actor.userId, { limit: DEFAULT_PAGE_SIZE, after });

  return (
    <div className={ui.frame}>
      <header className={styles.header}>
        <h1>Inbox</h1>
        <p className={ui.muted}>
          What changed on the models you watch. Choose signals and channels on your <Link href="/watchlist">watch-list</Link>.
        </p>
      </header>
      <InboxList items={page.items} unreadCount={page.unreadCount} next={page.next} />
    </div>
  );
}
