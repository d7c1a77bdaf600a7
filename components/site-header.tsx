import Link from "next/link";
import accountMenu from "./account/account-menu.module.css";
import { AccountMenu } from "./account-menu";
import { ModelwatchLogo } from "./modelwatch-logo";
import { SiteNav } from "./site-nav";
import styles from "./site-header.module.css";

export function SiteHeader({ signUpOpen }: { signUpOpen: boolean }) {
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href="/" className={styles.brand}>
          <ModelwatchLogo className={styles.logo} />
          <span className={accountMenu.wordmark}>Modelwatch</span>
          <span className={styles.tagline}>AI video models, claims &amp; ratings</span>
        </Link>
        <div className={accountMenu.end}>
          <SiteNav />
          <AccountMenu signUpOpen={signUpOpen} />
        </div>
      </div>
    </header>
  );
}
