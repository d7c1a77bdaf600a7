import Link from "next/link";
import styles from "@/components/catalog-editor/catalog-editor.module.css";
import { LeaderboardCreateForm } from "@/components/catalog-editor/leaderboard-create-form";
import shared from "@/components/editor/editor.module.css";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { listEditorLeaderboards } from "@/lib/catalog/list-editor-leaderboards";
import { getDb } from "@/lib/db";
import { audioLabel, MODALITY_LABELS } from "@/lib/models/model-labels";

export const metadata = { title: "Leaderboards · Editor" };

export default async function EditorLeaderboardsPage() {
  await requirePageActor("leaderboards.edit", "/editor/leaderboards");
  const boards = await listEditorLeaderboards(await getDb());

  return (
    <>
      <div className={styles.titleRow}>
        <h1>Leaderboards</h1>
        <a className={`${shared.button} ${styles.titleAction}`} href="#new-board">
          + New leaderboard
        </a>
      </div>

      <section className={`${shared.panel} ${styles.panel}`} aria-labelledby="boards-heading">
        <h2 id="boards-heading">Leaderboards ({boards.length})</h2>
        <div className={shared.tableWrap}>
          <table className={shared.table}>
            <caption className={shared.hint}>Open one to import or enter snapshots</caption>
            <thead>
              <tr>
                <th scope="col">Leaderboard</th>
                <th scope="col">Source</th>
                <th scope="col">Pool</th>
                <th scope="col" className={styles.num}>
                  Snapshots
                </th>
                <th scope="col">Latest</th>
              </tr>
            </thead>
            <tbody>
              {boards.map((b) => (
                <tr key={b.slug}>
                  <td>
                    <Link href={`/editor/leaderboards/${b.slug}`}>{b.name}</Link>
                    <div className={`${shared.hint} ${styles.mono}`}>{b.slug}</div>
                  </td>
                  <td>{b.source}</td>
                  <td>
                    {MODALITY_LABELS[b.modality]}
                    {audioLabel(b) ? ` · ${audioLabel(b)}` : ""}
                  </td>
                  <td className={styles.num}>{b.snapshots}</td>
                  <td>{b.latestCapturedAt ? <time dateTime={b.latestCapturedAt}>{b.latestCapturedAt.slice(0, 10)}</time> : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className={`${shared.panel} ${styles.panel}`} aria-labelledby="new-board">
        <h2 id="new-board">New leaderboard</h2>
        <LeaderboardCreateForm />
      </section>
    </>
  );
}
