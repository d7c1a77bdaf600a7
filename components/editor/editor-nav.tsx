"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import styles from "./editor.module.css";

export interface EditorNavLink {
  href: string;
  label: string;
}

/** The sub-navigation of the signed-in work areas; marks the current section. */
export function EditorNav({ links, label }: { links: EditorNavLink[]; label: string }) {
  const pathname = usePathname() ?? "";
  return (
    <nav className={styles.subnav} aria-label={label}>
      <ul>
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} aria-current={pathname === l.href || pathname.startsWith(`${l.href}/`) ? "page" : undefined}>
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
