import Link from "next/link";
import { CLAIM_CATEGORY_LABELS, CLAIM_STATUS_META } from "@/lib/claims/claim-labels";
import type { ClaimCategory, ClaimStatus } from "@/lib/db/enums";
import { snippetAround } from "@/lib/search/highlight-matches";
import type { SearchResults as Results, SearchSection } from "@/lib/search/search-everything";
import { ClaimStatusBadge } from "./claim-status-badge";
import { formatCount, formatDate, isoDay } from "./format";
import { HighlightedText } from "./highlighted-text";
import ui from "./ui.module.css";
import styles from "./search.module.css";

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

function More({ section, noun }: { section: SearchSection<unknown>; noun: string }) {
  if (section.total <= section.items.length) return null;
  return (
    <p className={styles.more}>
      Showing the first {formatCount(section.items.length)} of {formatCount(section.total)} {noun}. Add a word to narrow the
      search.
    </p>
  );
}

/** Matches per kind — models, claims (with the filters applied), reviewed news — each with its count. */
export function SearchResults({
  results,
  terms,
  query,
  status,
  category,
}: {
  results: Results;
  terms: string[];
  query: string;
  status: ClaimStatus | undefined;
  category: ClaimCategory | undefined;
}) {
  const { models, claims, news } = results;
  const filters = [status ? CLAIM_STATUS_META[status].label.toLowerCase() : null, category ? CLAIM_CATEGORY_LABELS[category] : null]
    .filter(Boolean)
    .join(", ");
  return (
    <>
      <p className={styles.summary} role="status" data-testid="search-summary">
        {plural(models.total, "model", "models")}, {plural(claims.total, "claim", "claims")}
        {filters ? ` (${filters})` : ""} and {plural(news.total, "news item", "news items")} match “{query}”.
      </p>
      <ul className={styles.jump} aria-label="Jump to results">
        <li>
          <a href="#models-results">Models {formatCount(models.total)}</a>
        </li>
        <li>
          <a href="#claims-results">Claims {formatCount(claims.total)}</a>
        </li>
        <li>
          <a href="#news-results">News {formatCount(news.total)}</a>
        </li>
      </ul>

      <section id="models-results" className={styles.section} aria-labelledby="models-h" data-testid="model-results" data-count={models.total}>
        <h2 id="models-h">
          Models<span className={styles.count}>{formatCount(models.total)}</span>
        </h2>
        {models.items.length === 0 ? (
          <p className="muted">No model name or alias matches.</p>
        ) : (
          <ul className={styles.list}>
            {models.items.map((m) => (
              <li key={m.slug} className={styles.item} data-testid="model-hit" data-model={m.slug}>
                <Link href={`/models/${m.slug}`} className={styles.title}>
                  <HighlightedText text={m.name} terms={terms} />
                </Link>
                <span className={styles.meta}>
                  {m.organization ? <HighlightedText text={[m.organization, m.unit].filter(Boolean).join(" · ")} terms={terms} /> : "Owner unconfirmed"}
                  {m.isDemo ? <span className={ui.chipWarn}>Demo</span> : null}
                </span>
                {m.aliases.length ? (
                  <p className={styles.muted}>
                    Also known as <HighlightedText text={m.aliases.join(", ")} terms={terms} />
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        <More section={models} noun="models" />
      </section>

      <section id="claims-results" className={styles.section} aria-labelledby="claims-h" data-testid="claim-results" data-count={claims.total}>
        <h2 id="claims-h">
          Claims<span className={styles.count}>{formatCount(claims.total)}</span>
        </h2>
        {claims.items.length === 0 ? (
          <p className="muted">{filters ? "No claim matches with these filters." : "No claim matches."}</p>
        ) : (
          <ul className={styles.list}>
            {claims.items.map((c) => (
              <li key={c.id} className={styles.item} data-testid="claim-hit" data-status={c.status} data-category={c.category}>
                <span className={styles.meta}>
                  <ClaimStatusBadge status={c.status} />
                  <span className={ui.chip}>{CLAIM_CATEGORY_LABELS[c.category]}</span>
                  <Link href={`/models/${c.model.slug}`}>
                    <HighlightedText text={c.model.name} terms={terms} />
                  </Link>
                </span>
                <Link href={`/models/${c.model.slug}#claim-${c.id}`} className={styles.text}>
                  <HighlightedText text={c.statement} terms={terms} />
                </Link>
              </li>
            ))}
          </ul>
        )}
        <More section={claims} noun="claims" />
      </section>

      <section id="news-results" className={styles.section} aria-labelledby="news-h" data-testid="news-results" data-count={news.total}>
        <h2 id="news-h">
          News<span className={styles.count}>{formatCount(news.total)}</span>
        </h2>
        {news.items.length === 0 ? (
          <p className="muted">No reviewed news item matches.</p>
        ) : (
          <ul className={styles.list}>
            {news.items.map((n) => (
              <li key={n.id} className={styles.item} data-testid="news-hit">
                <a href={n.url} rel="noopener noreferrer" target="_blank" className={styles.title} lang={n.language ?? undefined}>
                  <HighlightedText text={n.title} terms={terms} />
                </a>
                <span className={styles.meta}>
                  {n.sourceName ? <span>{n.sourceName}</span> : null}
                  <time dateTime={isoDay(n.publishedAt)}>{formatDate(n.publishedAt)}</time>
                  {n.models.map((m) => (
                    <Link key={m.slug} href={`/models/${m.slug}`} className={ui.chip}>
                      {m.name}
                    </Link>
                  ))}
                  {n.isDemo ? <span className={ui.chipWarn}>Demo</span> : null}
                </span>
                {n.summary ? (
                  <p className={styles.muted} lang={n.language ?? undefined}>
                    <HighlightedText text={snippetAround(n.summary, terms)} terms={terms} />
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        <More section={news} noun="news items" />
      </section>
    </>
  );
}
