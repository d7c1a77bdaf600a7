"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { sendJson } from "@/lib/api/client/send-json";
import { isSignedIn } from "./signed-in";
import styles from "./watch.module.css";

type State = "loading" | "signed-out" | "watching" | "not-watching";

/** Whether the reader watches the board, learnt in the browser: the board page is one cached HTML for everyone. */
async function loadState(slug: string): Promise<State> {
  if (!(await isSignedIn())) return "signed-out";
  try {
    const res = await fetch("/api/v1/me/board-watches", { credentials: "same-origin", headers: { accept: "application/json" } });
    if (!res.ok) {
      void res.body?.cancel(); // an unread body keeps the request open
      return "signed-out";
    }
    const body = (await res.json()) as { data: { leaderboard: { slug: string } }[] };
    return body.data.some((w) => w.leaderboard.slug === slug) ? "watching" : "not-watching";
  } catch {
    return "signed-out";
  }
}

/** "Watch this board" / "Watching" toggle; signed-out readers go to sign-in and come back. */
export function BoardWatchButton({ slug, name }: { slug: string; name: string }) {
  const router = useRouter();
  const pathname = usePathname() ?? "/";
  const [state, setState] = useState<State>("loading");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void loadState(slug).then((s) => current && setState(s));
    return () => {
      current = false;
    };
  }, [slug]);

  async function onClick() {
    if (state === "signed-out") {
      router.push(`/signin?callbackUrl=${encodeURIComponent(pathname)}`);
      return;
    }
    const watch = state === "not-watching";
    setBusy(true);
    const result = await sendJson(watch ? "PUT" : "DELETE", `/api/v1/me/board-watches/${encodeURIComponent(slug)}`);
    // Already not watched (removed elsewhere): the button just catches up.
    if (result.ok || (result.status === 404 && !watch)) {
      setState(watch ? "watching" : "not-watching");
      setError(null);
    } else setError(result.problem.detail ?? `HTTP ${result.status}`);
    setBusy(false);
  }

  const watching = state === "watching";
  return (
    <span className={styles.wrap}>
      <button
        type="button"
        className={`${styles.button} ${watching ? styles.on : ""}`}
        aria-pressed={state === "loading" || state === "signed-out" ? undefined : watching}
        title={state === "signed-out" ? "Sign in to watch this board" : watching ? "Stop watching this board" : `Get told when an unknown model enters the top of ${name}, or rank 1 changes`}
        disabled={busy || state === "loading"}
        onClick={() => void onClick()}
        data-testid="board-watch-button"
        data-watching={watching ? "true" : "false"}
      >
        <span aria-hidden="true">{watching ? "★" : "☆"}</span>
        <span>{watching ? "Watching" : "Watch this board"}</span>
      </button>
      {error ? (
        <span role="alert" className={styles.error}>
          {error}
        </span>
      ) : null}
    </span>
  );
}
