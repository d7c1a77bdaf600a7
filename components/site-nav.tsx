"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import styles from "./site-header.module.css";
import nav from "./site-nav.module.css";

interface NavLink {
  href: string;
  label: string;
  /** Shorter label for narrow screens (the full one stays for screen readers). */
  short?: string;
  match: (pathname: string) => boolean;
  className?: string;
  /** Shown before the label; the label stays the accessible name. */
  icon?: "search";
}

function SearchIcon() {
  return (
    <svg className={nav.icon} viewBox="0 0 20 20" width="17" height="17" aria-hidden="true" focusable="false">
      <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M12.6 12.6 17 17" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
    </svg>
  );
}

const LINKS: NavLink[] = [
  { href: "/", label: "Home", match: (p) => p === "/", className: styles.homeLink },
  { href: "/leaderboards", label: "Leaderboards", short: "Boards", match: (p) => p.startsWith("/leaderboards") },
  { href: "/compare", label: "Compare", match: (p) => p.startsWith("/compare") },
  { href: "/search", label: "Search", match: (p) => p.startsWith("/search"), icon: "search" },
  { href: "/about", label: "About", match: (p) => p.startsWith("/about"), className: nav.aboutLink },
];

/** Primary navigation; a client component only to mark the current page. */
export function SiteNav() {
  const pathname = usePathname() ?? "/";
  return (
    <nav className={styles.nav} aria-label="Main">
      <ul>
        {LINKS.map((l) => (
          <li key={l.href} className={l.className}>
            <Link className={`${styles.link} ${nav.link}`} href={l.href} aria-current={l.match(pathname) ? "page" : undefined}>
              {l.icon === "search" ? <SearchIcon /> : null}
              {l.short ? (
                <>
                  <span className={nav.full}>{l.label}</span>
                  <span className={nav.short} aria-hidden="true">
                    {l.short}
                  </span>
                </>
              ) : (
                <span className={l.icon ? nav.iconLabel : undefined}>{l.label}</span>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
