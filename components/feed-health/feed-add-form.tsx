"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import shared from "@/components/editor/editor.module.css";
import { describeProblem, sendJson } from "@/lib/api/client/send-json";
import styles from "./feed-health.module.css";

/** Adds a feed by URL: a feed, or a page announcing one (POST /api/v1/feeds). */
export function FeedAddForm() {
  const router = useRouter();
  const [url, setUrl] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setMessage(null);
    const res = await sendJson<{ data: { url: string } }>("POST", "/api/v1/feeds", { url: url.trim() });
    setBusy(false);
    if (!res.ok) {
      setMessage({ ok: false, text: describeProblem(res.problem) });
      return;
    }
    setMessage({ ok: true, text: `Added ${res.data.data.url}; it is fetched on the next ingestion run.` });
    setUrl("");
    router.refresh();
  }

  return (
    <form className={styles.inlineForm} onSubmit={submit}>
      <div className={`${shared.field} ${styles.grow}`}>
        <label htmlFor="feed-url">Feed or site URL</label>
        <input id="feed-url" type="url" required maxLength={2000} placeholder="https://example.com/feed.xml" value={url} onChange={(e) => setUrl(e.target.value)} />
      </div>
      <button type="submit" className={shared.button} disabled={busy}>
        {busy ? "Checking…" : "Add feed"}
      </button>
      {message ? (
        <p className={`${message.ok ? shared.success : shared.error} ${styles.fullRow}`} role={message.ok ? "status" : "alert"}>
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
