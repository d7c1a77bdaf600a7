"use client";

import { usePathname, useRouter } from "next/navigation";
import { useState, useSyncExternalStore } from "react";
import { getWatchState, SERVER_STATE, subscribeWatchState, toggleWatch } from "./watched-models-store";
import styles from "./watch.module.css";

/** Watch / Watching toggle for one model; signed-out readers go to sign-in and come back. */
export function WatchButton({ slug, name, compact = false }: { slug: string; name: string; compact?: boolean }) {
  const state = useSyncExternalStore(subscribeWatchState, getWatchState, () => SERVER_STATE);
  const router = useRouter();
  const pathname = usePathname() ?? "/";
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const watching = state.status === "ready" && state.slugs.has(slug);

  async function onClick() {
    if (state.status === "signed-out") {
      router.push(`/signin?callbackUrl=${encodeURIComponent(pathname)}`);
      return;
    }
    if (state.status !== "ready") return;
    setBusy(true);
    setError(await toggleWatch(slug, !watching));
    setBusy(false);
  }

  const label = watching ? "Watching" : "Watch";
  return (
    <span className={styles.wrap}>
      <button
        type="button"
        className={`${styles.button} ${watching ? styles.on : ""} ${compact ? styles.compact : ""}`}
        aria-pressed={state.status === "ready" ? watching : undefined}
        aria-label={`${label} ${name}`}
        title={state.status === "signed-out" ? "Sign in to watch this model" : watching ? "Stop watching" : "Get told when it changes"}
        disabled={busy || state.status === "loading"}
        onClick={() => void onClick()}
        data-testid="watch-button"
        data-watching={watching ? "true" : "false"}
      >
        <span aria-hidden="true">{watching ? "★" : "☆"}</span>
        {compact ? null : <span>{label}</span>}
      </button>
      {error ? (
        <span role="alert" className={styles.error}>
          {error}
        </span>
      ) : null}
    </span>
  );
}
