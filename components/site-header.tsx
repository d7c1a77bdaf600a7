import Link from "next/link";
import { ModelwatchLogo } from "./modelwatch-logo";
import { SiteNav } from "./site-nav";
import styles from "./site-header.module.css";

export function SiteHeader() {
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href="/" className={styles.brand} aria-label="Modelwatch home">
          <ModelwatchLogo className={styles.logo} />
          <span>Modelwatch</span>
          <span className={styles.tagline}>AI video models, claims &amp; ratings</span>
        </Link>
        <SiteNav />
      </div>
    </header>
  );
}
