import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CompareClaimsTable } from "@/components/compare-claims-table";
import { CompareModelPicker } from "@/components/compare-model-picker";
import { CompareRatingsSection } from "@/components/compare-ratings-section";
import styles from "@/components/compare.module.css";
import { DemoNotice } from "@/components/demo-notice";
import { EmptyState } from "@/components/empty-state";
import { cachedRead } from "@/lib/cache/cached-read";
import { cacheTags } from "@/lib/cache/cache-tags";
import { getModelComparison } from "@/lib/models/get-model-comparison";
import { listModelChoices } from "@/lib/models/list-model-choices";
import { MAX_COMPARED_MODELS, parseModelSlugs } from "@/lib/models/parse-model-slugs";
import { suggestComparison } from "@/lib/models/suggest-comparison";

// Reads the query string, so it renders per request, from cached reads (lib/cache); never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Compare models",
  description: "AI video models side by side: claims by category and status, ratings with 95% intervals, and who is really ahead.",
};

const quote = (items: string[]) => items.map((s) => `“${s}”`).join(", ");

export default async function ComparePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { models: input } = await searchParams;
  // The picker submits models=a&models=b&models=: fold it into one shareable ?models=a,b.
  if (Array.isArray(input)) {
    const list = input.flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
    redirect(list.length ? `/compare?models=${list.map(encodeURIComponent).join(",")}` : "/compare");
  }
  const parsed = parseModelSlugs(input);
  const [comparison, choices, suggestion] = await Promise.all([
    cachedRead(["compare", ...parsed.slugs], [cacheTags.catalog], () => getModelComparison(parsed.slugs)),
    cachedRead(["model-choices"], [cacheTags.catalog], () => listModelChoices()),
    parsed.slugs.length === 0 ? cachedRead(["compare-suggestion"], [cacheTags.catalog], () => suggestComparison()) : Promise.resolve(null),
  ]);
  const unknown = [...parsed.malformed, ...comparison.unknown];
  const { models } = comparison;

  return (
    <>
      <header className={styles.pageHead}>
        <h1>Compare models</h1>
        <p className={styles.lead}>
          What each model is claimed to be and which claims are verified, side by side — and whether a rating lead is
          real or within the uncertainty.
        </p>
      </header>
      <CompareModelPicker choices={choices} selected={models.map((m) => m.slug)} max={MAX_COMPARED_MODELS} />
      {unknown.length ? (
        <p className={styles.errorNotice} role="alert" data-testid="compare-unknown">
          No model matches {quote(unknown)}. Check the spelling, or pick from the list.
        </p>
      ) : null}
      {parsed.dropped.length ? (
        <p className={styles.errorNotice} role="alert">
          Up to {MAX_COMPARED_MODELS} models at a time: left out {quote(parsed.dropped)}.
        </p>
      ) : null}
      {models.some((m) => m.isDemo) || comparison.boards.some((b) => b.isDemo) ? <DemoNotice /> : null}
      {models.length === 0 ? (
        <EmptyState title="Pick models to compare" icon="⇄">
          <p>
            Choose two or more models above.
            {suggestion ? (
              <>
                {" "}
                For example, the two best-ranked on the main leaderboard:{" "}
                <Link href={`/compare?models=${suggestion.map((s) => s.slug).join(",")}`} data-testid="compare-suggestion">
                  {suggestion.map((s) => s.name).join(" vs ")}
                </Link>
                .
              </>
            ) : null}
          </p>
        </EmptyState>
      ) : (
        <>
          <CompareRatingsSection comparison={comparison} />
          <section className={styles.section} aria-labelledby="claims-title">
            <h2 id="claims-title">
              Claims side by side
              <span className={styles.sectionNote}>By topic; within a topic, settled answers first</span>
            </h2>
            <CompareClaimsTable models={models} />
          </section>
        </>
      )}
    </>
  );
}
