import Link from "next/link";
import styles from "@/components/catalog-editor/catalog-editor.module.css";
import { ModelCreateForm } from "@/components/catalog-editor/model-create-form";
import shared from "@/components/editor/editor.module.css";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { listEditorModels } from "@/lib/catalog/list-editor-models";
import { getDb } from "@/lib/db";
import { LIFECYCLE_LABELS } from "@/lib/models/model-labels";

export const metadata = { title: "Models · Editor" };

export default async function EditorModelsPage() {
  await requirePageActor("models.edit", "/editor/models");
  const models = await listEditorModels(await getDb());

  return (
    <>
      <div className={styles.titleRow}>
        <h1>Models</h1>
        <a className={`${shared.button} ${styles.titleAction}`} href="#new-model">
          + New model
        </a>
      </div>

      <section className={`${shared.panel} ${styles.panel}`} aria-labelledby="models-heading">
        <h2 id="models-heading">Catalog ({models.length})</h2>
        <p className={shared.hint}>Models without an owner come first: arena entries waiting to be merged into a confirmed model.</p>
        <div className={shared.tableWrap}>
          <table className={shared.table}>
            <caption className={shared.hint}>Every model, with what is recorded about it</caption>
            <thead>
              <tr>
                <th scope="col">Model</th>
                <th scope="col">Organization</th>
                <th scope="col">Stage</th>
                <th scope="col" className={styles.num}>
                  Claims
                </th>
                <th scope="col" className={styles.num}>
                  Snapshots
                </th>
                <th scope="col" className={styles.num}>
                  Aliases
                </th>
              </tr>
            </thead>
            <tbody>
              {models.map((m) => (
                <tr key={m.slug}>
                  <td>
                    <Link href={`/editor/models/${m.slug}`}>{m.name}</Link>
                    <div className={`${shared.hint} ${styles.mono}`}>{m.slug}</div>
                  </td>
                  <td>
                    {m.organization ?? (
                      <span className={`${styles.badge} ${styles.badgeWarn}`}>
                        <span aria-hidden="true">?</span> Owner unknown
                      </span>
                    )}
                  </td>
                  <td>{LIFECYCLE_LABELS[m.lifecycleStage]}</td>
                  <td className={styles.num}>{m.claims}</td>
                  <td className={styles.num}>{m.snapshots}</td>
                  <td className={styles.num}>{m.aliases}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className={`${shared.panel} ${styles.panel}`} aria-labelledby="new-model">
        <h2 id="new-model">New model</h2>
        <ModelCreateForm />
      </section>
    </>
  );
}
