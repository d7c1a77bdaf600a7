"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import styles from "./site-header.module.css";

const LINKS = [
  { href: "/", label: "Home", match: (p: string) => p === "/", className: styles.homeLink },
  { href: "/#leaderboards", label: "Leaderboards", match: () => false, className: undefined },
  { href: "/about", label: "About", match: (p: string) => p.startsWith("/about"), className: undefined },
] as const;

/** Primary navigation; a client component only to mark the current page. */
export function SiteNav() {
  const pathname = usePathname() ?? "/";
  return (
    <nav className={styles.nav} aria-label="Main">
      <ul>
        {LINKS.map((l) => (
          <li key={l.href} className={l.className}>
            <Link className={styles.link} href={l.href} aria-current={l.match(pathname) ? "page" : undefined}>
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
