import Link from "next/link";
import styles from "./site-footer.module.css";

export function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <div>
          <p>
            <span className={styles.brand}>Modelwatch</span> is open source and self-hostable: claims with evidence,
            Elo ratings with honest uncertainty, and the news that moves them.
          </p>
          <p className={styles.demo}>Ratings and news marked demo are illustrative.</p>
        </div>
        <ul className={styles.links}>
          <li>
            <Link href="/">Home</Link>
          </li>
          <li>
            <Link href="/leaderboards">Leaderboards</Link>
          </li>
          <li>
            <Link href="/docs/api">API</Link>
          </li>
          <li>
            <Link href="/about">About &amp; methodology</Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
