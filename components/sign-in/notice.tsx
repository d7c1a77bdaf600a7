import styles from "./sign-in.module.css";

const ICONS = { error: "⚠", info: "ℹ", success: "✓" } as const;

/** A message box: icon and words carry the meaning, colour only repeats it. */
export function Notice({ tone, children }: { tone: keyof typeof ICONS; children: React.ReactNode }) {
  return (
    <p className={styles[tone]} role={tone === "error" ? "alert" : "status"}>
      <span className={styles.icon} aria-hidden="true">
        {ICONS[tone]}
      </span>
      <span>{children}</span>
    </p>
  );
}
