"use client";

// The header's inbox link with the unread count, read in the browser (the
// header is part of cached public pages) and refreshed on navigation.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import styles from "./inbox-link.module.css";

export function InboxLink() {
  const pathname = usePathname();
  const [unread, setUnread] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    fetch("/api/v1/me/notifications?limit=1", { credentials: "same-origin", headers: { accept: "application/json" } })
      .then((res) => {
        if (res.ok) return res.json() as Promise<{ unreadCount: number }>;
        void res.body?.cancel(); // an unread body keeps the request open
        return null;
      })
      .then((body) => {
        if (live && body) setUnread(body.unreadCount);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [pathname]);

  const label = unread ? `Inbox, ${unread} unread` : "Inbox";
  return (
    <Link href="/inbox" className={styles.link} aria-label={label} title={label} data-testid="inbox-link">
      <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
        <path d="M10 2.5a5 5 0 0 0-5 5v3.2L3.3 14h13.4L15 10.7V7.5a5 5 0 0 0-5-5Zm-2 13a2 2 0 0 0 4 0" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinejoin="round" />
      </svg>
      {unread ? (
        <span className={styles.badge} data-testid="unread-count">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
