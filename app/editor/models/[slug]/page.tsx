import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import styles from "@/components/catalog-editor/catalog-editor.module.css";
import { ModelAliasEditor } from "@/components/catalog-editor/model-alias-editor";
import { ModelEditForm } from "@/components/catalog-editor/model-edit-form";
import { ModelLifecycleForm } from "@/components/catalog-editor/model-lifecycle-form";
import { ModelMergePanel } from "@/components/catalog-editor/model-merge-panel";
import shared from "@/components/editor/editor.module.css";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { getModelRecord } from "@/lib/catalog/get-model-record";
import { listModelLifecycle } from "@/lib/catalog/list-model-lifecycle";
import { previewModelMerge, type MergePreview } from "@/lib/catalog/preview-model-merge";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { listModelChoices } from "@/lib/models/list-model-choices";
import { LIFECYCLE_LABELS } from "@/lib/models/model-labels";
import { resolveModelSlug } from "@/lib/models/resolve-model-slug";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  return { title: `${(await params).slug} · Models · Editor` };
}

export default async function EditorModelPage({ params, searchParams }: Props) {
  const { slug } = await params;
  await requirePageActor("models.edit", `/editor/models/${slug}`);
  const query = await searchParams;
  const db = await getDb();
  const model = await getModelRecord(db, { slug });
  if (!model) {
    const resolved = await resolveModelSlug(slug, db);
    if (resolved.kind === "moved") redirect(`/editor/models/${resolved.slug}`);
    notFound();
  }
  const into = typeof query.into === "string" ? query.into : null;
  const merged = typeof query.merged === "string" ? query.merged : null;
  let preview: MergePreview | null = null;
  let previewError: string | null = null;
  if (into) {
    try {
      preview = await previewModelMerge(db, slug, into);
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      previewError = err.message;
    }
  }
  const [lifecycle, choices] = await Promise.all([listModelLifecycle(db, slug), listModelChoices(db)]);

  return (
    <>
      <div className={styles.titleRow}>
        <h1>{model.name}</h1>
        <Link href={`/models/${model.slug}`}>View the public page →</Link>
      </div>
      {merged && (
        <p className={shared.success} role="status">
          ✓ {merged} was merged into {model.name}; its address now redirects here.
        </p>
      )}

      <section className={`${shared.panel} ${styles.panel}`} aria-labelledby="details-heading">
        <h2 id="details-heading">Details</h2>
        <ModelEditForm model={model} />
      </section>

      <section className={`${shared.panel} ${styles.panel}`} aria-labelledby="aliases-heading">
        <h2 id="aliases-heading">Aliases</h2>
        <p className={shared.hint}>Other names news may use for {model.name}; the review queue matches items on them.</p>
        <ModelAliasEditor slug={model.slug} aliases={model.aliases} />
      </section>

      <section className={`${shared.panel} ${styles.panel}`} aria-labelledby="lifecycle-heading">
        <h2 id="lifecycle-heading">Lifecycle</h2>
        <ModelLifecycleForm slug={model.slug} current={model.lifecycleStage} />
        <h3>Steps so far</h3>
        {lifecycle.length ? (
          <ol className={styles.steps}>
            {lifecycle.map((s) => (
              <li key={s.id}>
                <div className={styles.stepHead}>
                  <time dateTime={s.occurredAt}>{s.occurredAt.slice(0, 10)}</time> ·{" "}
                  {s.fromStage ? `${LIFECYCLE_LABELS[s.fromStage]} → ` : ""}
                  {LIFECYCLE_LABELS[s.toStage]}
                </div>
                <div>{s.note}</div>
                <div className={shared.hint}>
                  {s.sourceUrl ? (
                    <a href={s.sourceUrl} rel="noopener noreferrer">
                      Source
                    </a>
                  ) : (
                    "No source"
                  )}
                  {s.actor ? ` · recorded by ${s.actor}` : ""}
                </div>
              </li>
            ))}
          </ol>
        ) : (
          <p className={shared.muted}>No steps recorded yet.</p>
        )}
      </section>

      <section className={`${shared.panel} ${styles.panel}`} aria-labelledby="merge" id="merge-section">
        <h2 id="merge">Merge into another model</h2>
        <ModelMergePanel source={{ slug: model.slug, name: model.name }} choices={choices} preview={preview} previewError={previewError} />
      </section>
    </>
  );
}
