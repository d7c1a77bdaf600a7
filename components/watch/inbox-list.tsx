"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { describeProblem, sendJson } from "@/lib/api/client/send-json";
import type { NotificationDto } from "@/lib/watch/notification-dto";
import { SIGNAL_LABELS } from "@/lib/watch/watch-signal-labels";
import { formatDate } from "@/components/format";
import ui from "@/components/editor/editor.module.css";
import styles from "./inbox.module.css";

/** The inbox: newest first, unread marked; mark one or all read through the API. */
export function InboxList({ items, unreadCount, next }: { items: NotificationDto[]; unreadCount: number; next: string | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);

  async function markRead(ids?: string[]) {
    const res = await sendJson("POST", "/api/v1/me/notifications/read", ids ? { ids } : {});
    if (res.ok) router.refresh();
    else setError(describeProblem(res.problem));
  }

  return (
    <div className={styles.inbox}>
      <div className={ui.row}>
        <p className={`${ui.muted} ${styles.count}`} data-testid="inbox-unread">
          {unreadCount ? `${unreadCount} unread` : "All read"}
        </p>
        {unreadCount ? (
          <button type="button" className={ui.buttonSecondary} onClick={() => void markRead()}>
            Mark all read
          </button>
        ) : null}
      </div>
      {error ? (
        <p className={ui.error} role="alert">
          {error}
        </p>
      ) : null}
      {items.length ? (
        <ol className={styles.list}>
          {items.map((n) => (
            <li key={n.id} className={`${styles.item} ${n.readAt ? "" : styles.unread}`} data-testid="notification" data-type={n.type} data-read={n.readAt ? "true" : "false"}>
              <div className={styles.meta}>
                <span className={n.verified ? styles.verified : styles.kind}>{SIGNAL_LABELS[n.type]}</span>
                {n.model ? <span> · {n.model.name}</span> : null}
                <time dateTime={n.occurredAt}> · {formatDate(n.occurredAt)}</time>
              </div>
              <Link href={n.link} className={styles.title}>
                {n.title}
              </Link>
              {n.readAt ? null : (
                <button type="button" className={styles.markOne} onClick={() => void markRead([n.id])}>
                  Mark read
                </button>
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p className={ui.panel}>
          Nothing yet. Watch a model and you will be told here when something about it changes; choose what on your <Link href="/watchlist">watch-list</Link>.
        </p>
      )}
      {next ? (
        <p>
          <Link href={`/inbox?cursor=${encodeURIComponent(next)}`}>Older notifications</Link>
        </p>
      ) : null}
    </div>
  );
}
