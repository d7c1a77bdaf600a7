"use client";

import Link from "next/link";
import { useEffect } from "react";
import styles from "@/components/status-page.module.css";

// Shown for unexpected failures; never the error's message, which may carry internals.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className={styles.page} role="alert" data-testid="error-page">
      <p className={styles.code}>Error</p>
      <h1>Something went wrong on our side</h1>
      <p className={styles.text}>
        The page could not be loaded. Trying again usually helps; if it keeps happening, the site operator can look
        it up{error.digest ? <> with reference <code>{error.digest}</code></> : null}.
      </p>
      <p className={styles.actions}>
        <button type="button" onClick={reset} className={styles.primary}>
          Try again
        </button>
        <Link href="/" className={styles.secondary}>
          Go to the home page
        </Link>
      </p>
    </div>
  );
}
