import type { Metadata } from "next";
import { EditorNav } from "@/components/editor/editor-nav";
import styles from "@/components/editor/editor.module.css";

// Rendered per request: it reads the session, and its CSP carries a per-request nonce (proxy.ts).
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Admin", robots: { index: false } };

const LINKS = [
  { href: "/admin/users", label: "Users" },
  { href: "/admin/tokens", label: "API tokens" },
  { href: "/admin/audit", label: "Audit log" },
];

/** Every /admin page checks the admin's permission itself (requirePageActor); the layout only frames them. */
export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className={styles.frame}>
      <EditorNav links={LINKS} label="Admin" />
      {children}
    </div>
  );
}
