import Link from "next/link";
import type { LanguageCount } from "@/lib/news/review/count-review-languages";
import { languageName } from "./language-name";
import styles from "./review-queue.module.css";

export interface LanguageFilterProps {
  current: string | null;
  languages: LanguageCount[];
  hrefFor: (language: string | null) => string;
}

/** Links narrowing the queue to one language, with each language's story count. */
export function LanguageFilter({ current, languages, hrefFor }: LanguageFilterProps) {
  const known = languages.filter((l): l is LanguageCount & { language: string } => l.language !== null);
  // A language asked for in the URL stays offered even when this state has none of it.
  if (current && !known.some((l) => l.language === current)) known.push({ language: current, count: 0 });
  if (known.length === 0) return null;
  return (
    <nav className={styles.languages} aria-label="Language">
      <span className={styles.languagesLabel}>Language:</span>
      <ul>
        <li>
          <Link href={hrefFor(null)} aria-current={current === null ? "page" : undefined}>
            All
          </Link>
        </li>
        {known.map((l) => (
          <li key={l.language}>
            <Link href={hrefFor(l.language)} aria-current={current === l.language ? "page" : undefined} hrefLang={l.language}>
              {languageName(l.language)} <span className={styles.count}>{l.count}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
