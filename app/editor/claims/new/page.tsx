import { ClaimCreateForm } from "@/components/claims-editor/claim-create-form";
import shared from "@/components/editor/editor.module.css";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { loadClaimPrefill } from "@/lib/claims/load-claim-prefill";
import { getDb } from "@/lib/db";
import { listModelChoices } from "@/lib/models/list-model-choices";

export const metadata = { title: "New claim · Editor" };

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

/** Linked from the review queue as /editor/claims/new?model=<slug>&category=<CATEGORY>&newsItem=<id>. */
export default async function NewClaimPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const query = { model: one(params.model), category: one(params.category), newsItem: one(params.newsItem) };
  const back = `/editor/claims/new?${new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => !!e[1])).toString()}`;
  await requirePageActor("claims.edit", back);
  const db = await getDb();
  const [models, prefill] = await Promise.all([listModelChoices(db), loadClaimPrefill(db, query)]);

  return (
    <section className={shared.panel} aria-labelledby="new-claim-heading">
      <h1 id="new-claim-heading">New claim</h1>
      {query.newsItem && !prefill.source && (
        <p className={shared.error} role="alert">
          ✗ The news item “{query.newsItem}” was not found; the form starts empty.
        </p>
      )}
      <ClaimCreateForm
        models={models.map((m) => ({ slug: m.slug, name: m.organization ? `${m.name} (${m.organization})` : m.name }))}
        prefill={{ modelSlug: prefill.modelSlug, category: prefill.category, source: prefill.source, fromNewsTitle: prefill.source?.title ?? null }}
      />
    </section>
  );
}
