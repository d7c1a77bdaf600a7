import Link from "next/link";
import styles from "@/components/status-page.module.css";

export const metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <div className={styles.page} data-testid="not-found">
      <p className={styles.code}>404</p>
      <h1>We couldn’t find that page</h1>
      <p className={styles.text}>
        The model or leaderboard may have been renamed or merged, or the link is mistyped. Renamed models keep their old
        addresses, so this one has likely never existed here.
      </p>
      <p className={styles.actions}>
        <Link href="/" className={styles.primary}>
          Back to the leaderboards
        </Link>
        <Link href="/about" className={styles.secondary}>
          About Modelwatch
        </Link>
      </p>
    </div>
  );
}
