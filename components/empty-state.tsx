import styles from "./ui.module.css";

export function EmptyState({
  title,
  children,
  icon = "○",
  headingLevel = 2,
}: {
  title: string;
  children?: React.ReactNode;
  icon?: string;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className={styles.empty} data-testid="empty-state">
      <div className={styles.emptyIcon} aria-hidden="true">
        {icon}
      </div>
      <Heading>{title}</Heading>
      {children ? <div>{children}</div> : null}
    </div>
  );
}
