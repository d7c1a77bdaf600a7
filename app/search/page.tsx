import type { Metadata } from "next";
import { z } from "zod";
import { EmptyState } from "@/components/empty-state";
import { SEARCH_STATUSES, SearchForm } from "@/components/search-form";
import { SearchResults } from "@/components/search-results";
import styles from "@/components/search.module.css";
import { CLAIM_CATEGORY_ORDER } from "@/lib/claims/claim-labels";
import { cachedRead } from "@/lib/cache/cached-read";
import { cacheTags } from "@/lib/cache/cache-tags";
import { MIN_QUERY_LENGTH, parseSearchQuery } from "@/lib/search/normalize-search-text";
import { searchEverything } from "@/lib/search/search-everything";

// Reads the query string, so it renders per request, from cached reads (lib/cache); never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Search",
  description: "Search AI video models by name or alias, claims about them, and reviewed news.",
  // Result pages are endless variations of the same content.
  robots: { index: false, follow: true },
};

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

const text = z.preprocess(first, z.string().optional()).catch(undefined);
const params = z.object({ q: text, status: text, category: text });

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = params.parse(await searchParams);
  // Unknown filter values are ignored rather than refused: a stale link still searches.
  const status = SEARCH_STATUSES.find((s) => s === raw.status);
  const category = CLAIM_CATEGORY_ORDER.find((c) => c === raw.category);
  const query = parseSearchQuery(raw.q);
  const results = query.kind === "ok" ? await cachedRead(["search", JSON.stringify(query), status ?? "", category ?? ""], [cacheTags.catalog, cacheTags.news], () =>
          searchEverything(query, { status, category }),
        ) : null;
  const total = results ? results.models.total + results.claims.total + results.news.total : 0;

  return (
    <>
      <header className={styles.pageHead}>
        <h1>Search</h1>
      </header>
      <SearchForm query={query.kind === "empty" ? "" : query.text} status={status} category={category} facets={results?.claimFacets ?? null} />
      {query.kind === "empty" ? (
        <p className={styles.message} data-testid="search-empty-query">
          Search model names and aliases (diacritics and case do not matter), claims about models, and news an editor has
          reviewed. Filter claims by status or topic.
        </p>
      ) : query.kind === "too-short" ? (
        <p className={styles.message} role="status" data-testid="search-too-short">
          “{query.text}” is too short: type at least {MIN_QUERY_LENGTH} letters or digits.
        </p>
      ) : results && total === 0 ? (
        <EmptyState title={`Nothing matches “${query.text}”`} icon="⌕">
          <p>
            {status || category ? "Try without the claim filters, or with fewer words." : "Try fewer words, or another spelling of the model's name."}
          </p>
        </EmptyState>
      ) : results ? (
        <SearchResults results={results} terms={query.terms} query={query.text} status={status} category={category} />
      ) : null}
    </>
  );
}
