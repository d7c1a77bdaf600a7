import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ClaimReviewJsonLd } from "@/components/claim-review-json-ld";
import { ClaimSummary } from "@/components/claim-summary";
import { ClaimsByCategory } from "@/components/claims-by-category";
import { EmptyState } from "@/components/empty-state";
import { LifecycleTimeline } from "@/components/lifecycle-timeline";
import { ModelHeader } from "@/components/model-header";
import { NewsTimeline } from "@/components/news-timeline";
import { RatingHistoryCard } from "@/components/rating-history-card";
import { WatchChecklist } from "@/components/watch-checklist";
import styles from "@/components/model.module.css";
import { buildClaimReviewJsonLd } from "@/lib/claims/build-claim-review-json-ld";
import { RATINGS_ANCHOR_ID } from "@/lib/claims/claim-anchor";
import { countClaimsByStatus } from "@/lib/claims/count-claims-by-status";
import { deriveWatchChecklist } from "@/lib/claims/derive-watch-checklist";
import { groupClaimsByCategory } from "@/lib/claims/group-claims-by-category";
import { listClaimVerdicts } from "@/lib/claims/list-claim-verdicts";
import { buildModelMetadata } from "@/lib/models/build-model-metadata";
import { findSlugRedirect } from "@/lib/models/find-slug-redirect";
import { loadModelPage } from "@/lib/models/load-model-page";
import { toClaimList } from "@/lib/models/to-claim-list";
import { toRatingCard } from "@/lib/models/to-rating-card";
import { LIFECYCLE_LABELS } from "@/lib/models/model-labels";
import { absoluteUrl, getSiteUrl } from "@/lib/site-url";

// Rendered on first request, then served from the server's cache until a
// change to the model expires its tag (lib/cache); never at build time. The
// hourly refresh only keeps time-derived labels ("needs re-check") current.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Params = { params: Promise<{ slug: string }> };

const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  const data = await loadModelPage(slug);
  if (!data) return { title: "Model not found", robots: { index: false } };
  const { profile: model, histories } = data;
  const counts = countClaimsByStatus(model.claims);
  const main = histories[0];
  return buildModelMetadata({
    slug: model.slug,
    name: model.name,
    organizationName: model.organization?.name ?? null,
    verifiedClaims: counts.VERIFIED,
    totalClaims: model.claims.length,
    mainBoard: main ? { name: main.board.name, rank: main.latest.rank } : null,
  });
}

export default async function ModelPage({ params }: Params) {
  const { slug } = await params;
  const data = await loadModelPage(slug);
  if (!data) {
    // Slugs are lower-case; a hand-typed capital should not be a dead end.
    const lower = slug.toLowerCase();
    if (lower !== slug && SLUG.test(lower)) permanentRedirect(`/models/${lower}`);
    const target = SLUG.test(slug) ? await findSlugRedirect(slug) : null;
    if (target) permanentRedirect(`/models/${target}`);
    notFound();
  }

  const { profile: model, histories, news } = data;
  const now = new Date();
  const checklist = deriveWatchChecklist(model.claims, histories, { now });
  const groups = groupClaimsByCategory(model.claims);
  const counts = countClaimsByStatus(model.claims);
  const lifecycleEvents = model.lifecycle.map((e) => ({ occurredAt: e.occurredAt, label: LIFECYCLE_LABELS[e.toStage] }));
  const verdicts = listClaimVerdicts(model.claims);
  const site = getSiteUrl();
  const jsonLd = buildClaimReviewJsonLd({
    modelName: model.name,
    pageUrl: absoluteUrl(`/models/${model.slug}`, site),
    siteUrl: site.toString(),
    claims: model.claims,
  });

  return (
    <>
      <ClaimReviewJsonLd data={jsonLd} />
      <ModelHeader model={model} />
      <div className={styles.layout}>
        <div className={styles.main}>
          <section aria-labelledby="watch-title">
            <h2 id="watch-title" className={styles.sectionTitle}>
              What to watch
              <span className={styles.sectionNote}>verified · claimed · unknown</span>
            </h2>
            <p className={styles.watchNote}>Each answer comes from the claims below or, for stability, from the ratings.</p>
            <WatchChecklist items={checklist} />
          </section>
          <section id={RATINGS_ANCHOR_ID} aria-labelledby="ratings-title" tabIndex={-1}>
            <h2 id="ratings-title" className={styles.sectionTitle}>
              Elo ratings
              <span className={styles.sectionNote}>shaded band: 95% interval</span>
            </h2>
            {histories.length === 0 ? (
              <EmptyState title="Not on any leaderboard yet" icon="∿" headingLevel={3}>
                <p>Ratings appear once the model shows up in a tracked arena.</p>
              </EmptyState>
            ) : (
              <div className={styles.cards}>
                {histories.map((h) => (
                  <RatingHistoryCard key={h.board.id} modelSlug={model.slug} card={toRatingCard(h, { lifecycle: lifecycleEvents, verdicts })} />
                ))}
              </div>
            )}
          </section>
          <section aria-labelledby="claims-title">
            <h2 id="claims-title" className={styles.sectionTitle}>
              Claims
              <span className={styles.sectionNote}>grouped by topic, settled answers first</span>
            </h2>
            <ClaimsByCategory groups={toClaimList(groups, { now, full: false })} modelName={model.name} recordHref={`/models/${model.slug}/claims`} />
          </section>
        </div>
        <aside className={styles.glance} aria-label="Claims at a glance">
          <section className={styles.panel} aria-labelledby="glance-title">
            <h2 id="glance-title">At a glance</h2>
            <ClaimSummary counts={counts} />
          </section>
        </aside>
        <aside className={styles.aside} aria-label="Timeline and news">
          <section className={styles.panel} aria-labelledby="timeline-title">
            <h2 id="timeline-title">Lifecycle</h2>
            <LifecycleTimeline events={model.lifecycle} />
          </section>
          <section className={styles.panel} aria-labelledby="news-title">
            <h2 id="news-title">News timeline</h2>
            <NewsTimeline items={news} />
          </section>
        </aside>
      </div>
    </>
  );
}
