import Link from "next/link";
import type { ClaimCategory, ClaimStatus } from "@/lib/db/enums";
import { CLAIM_CATEGORY_LABELS, CLAIM_CATEGORY_ORDER, CLAIM_STATUS_META } from "@/lib/claims/claim-labels";
import styles from "./search.module.css";

export const SEARCH_STATUSES = Object.keys(CLAIM_STATUS_META) as ClaimStatus[];

const withCount = (label: string, n: number | undefined) => (n === undefined ? label : `${label} (${n})`);

/**
 * The search box and the claim filters: a plain GET form, so results are
 * addressable and work without JS. Filter options show how many matching
 * claims each would leave, once there is a query.
 */
export function SearchForm({
  query,
  status,
  category,
  facets,
}: {
  query: string;
  status: ClaimStatus | undefined;
  category: ClaimCategory | undefined;
  facets: { status: Partial<Record<ClaimStatus, number>>; category: Partial<Record<ClaimCategory, number>> } | null;
}) {
  return (
    <form role="search" method="get" action="/search" className={styles.form} data-testid="search-form">
      <div>
        <label htmlFor="search-q" className="visually-hidden">
          Search models, claims and news
        </label>
        <div className={styles.queryRow}>
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={query}
            placeholder="Model, alias, claim or headline — e.g. “happy horse”"
            className={styles.input}
            autoComplete="off"
            maxLength={100}
            enterKeyHint="search"
          />
          <button type="submit" className={styles.button}>
            Search
          </button>
        </div>
      </div>
      <fieldset className={styles.filters}>
        <legend>Filter claims</legend>
        <label className={styles.filter}>
          Status
          <select name="status" defaultValue={status ?? ""} className={styles.select} data-testid="status-filter">
            <option value="">All statuses</option>
            {SEARCH_STATUSES.map((s) => (
              <option key={s} value={s}>
                {withCount(CLAIM_STATUS_META[s].label, facets ? (facets.status[s] ?? 0) : undefined)}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.filter}>
          Category
          <select name="category" defaultValue={category ?? ""} className={styles.select} data-testid="category-filter">
            <option value="">All categories</option>
            {CLAIM_CATEGORY_ORDER.map((c) => (
              <option key={c} value={c}>
                {withCount(CLAIM_CATEGORY_LABELS[c], facets ? (facets.category[c] ?? 0) : undefined)}
              </option>
            ))}
          </select>
        </label>
        {(status || category) && query ? (
          <Link href={`/search?q=${encodeURIComponent(query)}`} className={styles.clear}>
            Clear filters
          </Link>
        ) : null}
      </fieldset>
    </form>
  );
}
