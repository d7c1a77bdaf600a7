import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimsByCategory } from "@/components/claims-by-category";
import styles from "@/components/model.module.css";
import { groupClaimsByCategory } from "@/lib/claims/group-claims-by-category";
import { loadModelPage } from "@/lib/models/load-model-page";
import { toClaimList } from "@/lib/models/to-claim-list";

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
    title: `${data.profile.name}: claims record`,
    description: `Every claim about ${data.profile.name} with its quoted sources and the full history of its status.`,
    alternates: { canonical: `/models/${data.profile.slug}/claims` },
  };
}

/** The full record behind a profile's claims: quoted passages and every status change. */
export default async function ModelClaimsPage({ params }: Params) {
  const data = await loadModelPage((await params).slug);
  if (!data) notFound();
  const { profile } = data;
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
            <li aria-current="page">Claims record</li>
          </ol>
        </nav>
        <h1 className={styles.title}>{profile.name}: claims record</h1>
        <p className={styles.owner}>Every claim with its quoted sources and how its status changed, by whom and on what evidence.</p>
      </header>
      <ClaimsByCategory groups={toClaimList(groupClaimsByCategory(profile.claims), { now: new Date(), full: true })} modelName={profile.name} />
    </>
  );
}
