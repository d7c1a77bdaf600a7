"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { describeProblem, sendJson } from "@/lib/api/client/send-json";
import type { DigestFrequency } from "@/lib/db/enums";
import type { NotificationSettings } from "@/lib/watch/notification-settings";
import ui from "@/components/editor/editor.module.css";
import styles from "./watchlist.module.css";

const DIGEST_LABELS: Record<DigestFrequency, string> = {
  INSTANT: "One e-mail per change",
  DAILY: "Daily digest",
  WEEKLY: "Weekly digest",
  NEVER: "No e-mail",
};

/** E-mail frequency and the private Atom feed URL (shown once, revocable). */
export function DeliverySettings({ settings, mailEnabled }: { settings: NotificationSettings; mailEnabled: boolean }) {
  const router = useRouter();
  const [feedUrl, setFeedUrl] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function run(method: "PATCH" | "POST" | "DELETE", path: string, body?: unknown, done = "Saved.") {
    const res = await sendJson<{ data: NotificationSettings }>(method, path, body);
    setMessage(res.ok ? { ok: true, text: done } : { ok: false, text: describeProblem(res.problem) });
    if (res.ok) {
      if (res.data.data.feedUrl) setFeedUrl(new URL(res.data.data.feedUrl, window.location.origin).toString());
      router.refresh();
    }
  }

  return (
    <section className={ui.panel} aria-labelledby="delivery-title">
      <h2 id="delivery-title">E-mail and feed</h2>
      <div className={ui.field}>
        <label htmlFor="digest">E-mail</label>
        <select
          id="digest"
          defaultValue={settings.digest}
          onChange={(e) => void run("PATCH", "/api/v1/me/notification-settings", { digest: e.target.value })}
        >
          {(Object.keys(DIGEST_LABELS) as DigestFrequency[]).map((d) => (
            <option key={d} value={d}>
              {DIGEST_LABELS[d]}
            </option>
          ))}
        </select>
        {mailEnabled ? null : <span className={ui.hint}>This site has no mail server configured: no e-mail is sent.</span>}
      </div>
      <p>Private Atom feed: {settings.hasFeed ? "on (the URL was shown when it was created)" : "off"}.</p>
      {feedUrl ? (
        <p>
          Your feed URL (shown once; keep it secret): <code className={styles.secret} data-testid="feed-url">{feedUrl}</code>
        </p>
      ) : null}
      <div className={ui.row}>
        <button type="button" className={ui.button} onClick={() => void run("POST", "/api/v1/me/feed", undefined, "New feed URL created.")}>
          {settings.hasFeed ? "Replace feed URL" : "Create feed URL"}
        </button>
        {settings.hasFeed ? (
          <button type="button" className={ui.buttonSecondary} onClick={() => void run("DELETE", "/api/v1/me/feed", undefined, "Feed URL revoked.")}>
            Revoke feed URL
          </button>
        ) : null}
      </div>
      {message ? (
        <p className={message.ok ? ui.success : ui.error} role="status">
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
