import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { ClaimSummary } from "@/components/claim-summary";
import { ClaimsByCategory } from "@/components/claims-by-category";
import { EmptyState } from "@/components/empty-state";
import { LifecycleTimeline } from "@/components/lifecycle-timeline";
import { ModelHeader } from "@/components/model-header";
import { ModelNewsList } from "@/components/model-news-list";
import { RatingHistoryCard } from "@/components/rating-history-card";
import styles from "@/components/model.module.css";
import { countClaimsByStatus } from "@/lib/claims/count-claims-by-status";
import { groupClaimsByCategory } from "@/lib/claims/group-claims-by-category";
import { toLifecycleMarkers } from "@/lib/elo/chart-data";
import { findSlugRedirect } from "@/lib/models/find-slug-redirect";
import { getModelProfileOrNull } from "@/lib/models/get-model-profile";
import { listModelNews } from "@/lib/models/list-model-news";
import { listModelRatingHistory } from "@/lib/models/list-model-rating-history";
import { LIFECYCLE_LABELS } from "@/lib/models/model-labels";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string }> };

const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;

// generateMetadata and the page both need the profile: one query per request.
const loadProfile = cache(async (slug: string) => (SLUG.test(slug) ? getModelProfileOrNull(slug) : null));

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  const model = await loadProfile(slug);
  if (!model) return { title: "Model not found" };
  return {
    title: model.name,
    description: `${model.name}${model.organization ? ` by ${model.organization.name}` : ""}: claims with their evidence, Elo ratings with 95% intervals, and news.`,
  };
}

export default async function ModelPage({ params }: Params) {
  const { slug } = await params;
  const model = await loadProfile(slug);
  if (!model) {
    // Slugs are lower-case; a hand-typed capital should not be a dead end.
    const lower = slug.toLowerCase();
    if (lower !== slug && SLUG.test(lower)) permanentRedirect(`/models/${lower}`);
    const target = SLUG.test(slug) ? await findSlugRedirect(slug) : null;
    if (target) permanentRedirect(`/models/${target}`);
    notFound();
  }

  const [histories, news] = await Promise.all([listModelRatingHistory(model), listModelNews(model.id)]);
  const groups = groupClaimsByCategory(model.claims);
  const counts = countClaimsByStatus(model.claims);
  const lifecycleEvents = model.lifecycle.map((e) => ({ occurredAt: e.occurredAt, label: LIFECYCLE_LABELS[e.toStage] }));

  return (
    <>
      <ModelHeader model={model} />
      <div className={styles.layout}>
        <div className={styles.main}>
          <section aria-labelledby="ratings-title">
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
                  <RatingHistoryCard key={h.board.id} history={h} markers={toLifecycleMarkers(lifecycleEvents, h.points)} />
                ))}
              </div>
            )}
          </section>
          <section aria-labelledby="claims-title">
            <h2 id="claims-title" className={styles.sectionTitle}>
              Claims
              <span className={styles.sectionNote}>grouped by topic, settled answers first</span>
            </h2>
            <ClaimsByCategory groups={groups} modelName={model.name} />
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
            <h2 id="timeline-title">Timeline</h2>
            <LifecycleTimeline events={model.lifecycle} />
          </section>
          <section className={styles.panel} aria-labelledby="news-title">
            <h2 id="news-title">Recent news</h2>
            <ModelNewsList items={news} />
          </section>
        </aside>
      </div>
    </>
  );
}
