import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EmptyState } from "@/components/empty-state";
import { RatingHistoryTable } from "@/components/rating-history-table";
import styles from "@/components/model.module.css";
import { RATINGS_ANCHOR_ID } from "@/lib/claims/claim-anchor";
import { loadModelPage } from "@/lib/models/load-model-page";

// Cached like the profile it belongs to (same data, same tag); never built at build time.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const data = await loadModelPage((await params).slug);
  if (!data) return { title: "Model not found", robots: { index: false } };
  return {
    title: `${data.profile.name}: Elo rating history`,
    description: `Every Elo snapshot of ${data.profile.name}, per leaderboard: rating, 95% interval, rank and votes.`,
    alternates: { canonical: `/models/${data.profile.slug}/ratings` },
  };
}

/** The table view of a profile's Elo charts: every snapshot, per leaderboard. */
export default async function ModelRatingsPage({ params }: Params) {
  const data = await loadModelPage((await params).slug);
  if (!data) notFound();
  const { profile, histories } = data;
  return (
    <>
      <header className={styles.header}>
        <nav aria-label="Breadcrumb" className={styles.crumbs}>
          <ol>
            <li>
              <Link href="/">Home</Link>
            </li>
            <li>
              <Link href={`/models/${profile.slug}`}>{profile.name}</Link>
            </li>
            <li aria-current="page">Elo rating history</li>
          </ol>
        </nav>
        <h1 className={styles.title}>{profile.name}: Elo rating history</h1>
        <p className={styles.owner}>
          Every snapshot, newest first. <Link href={`/models/${profile.slug}#${RATINGS_ANCHOR_ID}`}>Back to the charts</Link>
        </p>
      </header>
      {histories.length === 0 ? (
        <EmptyState title="Not on any leaderboard yet" icon="∿">
          <p>Ratings appear once the model shows up in a tracked arena.</p>
        </EmptyState>
      ) : (
        <div className={styles.cards}>
          {histories.map((h) => (
            <RatingHistoryTable key={h.board.id} history={h} />
          ))}
        </div>
      )}
    </>
  );
}
