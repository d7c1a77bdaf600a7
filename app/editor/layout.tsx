import type { Metadata } from "next";
import { EditorNav } from "@/components/editor/editor-nav";
import styles from "@/components/editor/editor.module.css";

// Rendered per request: it reads the session, and its CSP carries a per-request nonce (proxy.ts).
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Editor", robots: { index: false } };

const LINKS = [
  { href: "/editor/queue", label: "Review queue" },
  { href: "/editor/claims", label: "Claims" },
  { href: "/editor/models", label: "Models" },
  { href: "/editor/leaderboards", label: "Leaderboards" },
  { href: "/editor/feeds", label: "Feeds" },
];

/** Every /editor page checks the editor's permission itself (requirePageActor); the layout only frames them. */
export default function EditorLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className={styles.frame}>
      <EditorNav links={LINKS} label="Editor" />
      {children}
    </div>
  );
}
