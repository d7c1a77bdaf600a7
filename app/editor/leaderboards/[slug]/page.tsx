import Link from "next/link";
import { notFound } from "next/navigation";
import styles from "@/components/catalog-editor/catalog-editor.module.css";
import { BattleUploadForm } from "@/components/catalog-editor/battle-upload-form";
import { SnapshotEntryForm } from "@/components/catalog-editor/snapshot-entry-form";
import { SnapshotImportForm } from "@/components/catalog-editor/snapshot-import-form";
import shared from "@/components/editor/editor.module.css";
import { SourceAddForm } from "@/components/leaderboard-sources/source-add-form";
import { SourceHealthList } from "@/components/leaderboard-sources/source-health-list";
import { UnmatchedNamesPanel } from "@/components/leaderboard-sources/unmatched-names-panel";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { countBoardBattles } from "@/lib/battles/count-board-battles";
import { getLeaderboardEditorView } from "@/lib/catalog/get-leaderboard-editor-view";
import { getDb } from "@/lib/db";
import { listModelChoices } from "@/lib/models/list-model-choices";
import { audioLabel, MODALITY_LABELS } from "@/lib/models/model-labels";
import { listSources } from "@/lib/sources/list-sources";
import { listUnmatched } from "@/lib/sources/list-unmatched";
import { SOURCE_BROKEN_AFTER } from "@/lib/sources/record-source-failure";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props) {
  return { title: `${(await params).slug} · Leaderboards · Editor` };
}

const fmt = (n: number | null) => (n === null ? "—" : String(Math.round(n)));

export default async function EditorLeaderboardPage({ params }: Props) {
  const { slug } = await params;
  await requirePageActor("leaderboards.edit", `/editor/leaderboards/${slug}`);
  const db = await getDb();
  const [view, models, battles] = await Promise.all([getLeaderboardEditorView(db, slug), listModelChoices(db), countBoardBattles(db, slug)]);
  if (!view) notFound();
  const [sources, unmatched] = await Promise.all([listSources(db, slug), listUnmatched(db, slug)]);
  const { board, dates, latest } = view;

  return (
    <>
      <div className={styles.titleRow}>
        <h1>{board.name}</h1>
        <Link href={`/leaderboards/${board.slug}`}>View the public page →</Link>
      </div>
      <p className={shared.muted}>
        {board.source} · {MODALITY_LABELS[board.modality]}
        {audioLabel(board, { with: " with audio", without: " without audio" }) ?? ""} · {board.method} · ranked from {board.minVotes} votes
      </p>

      <section className={`${shared.panel} ${styles.panel}`} aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources</h2>
        <p className={shared.hint}>
          Published leaderboards Modelwatch fetches by itself: each changed publication becomes one dated snapshot, and its raw body is kept.
        </p>
        <SourceHealthList slug={board.slug} sources={sources} brokenAfter={SOURCE_BROKEN_AFTER} now={new Date()} />
        <h3>Add source</h3>
        <SourceAddForm slug={board.slug} />
      </section>

      <section className={`${shared.panel} ${styles.panel}`} aria-labelledby="unmatched-heading">
        <h2 id="unmatched-heading">Unmatched names{unmatched.length ? ` (${unmatched.length})` : ""}</h2>
        <p className={shared.hint}>
          Names a source published that no model answers to. Map one to its model, create the model, or mark it an anonymous codename (merge it into the
          revealed model later); the choice is remembered, and the name&apos;s earlier figures join that model&apos;s history.
        </p>
        <UnmatchedNamesPanel slug={board.slug} entries={unmatched} models={models} />
      </section>

      <section className={`${shared.panel} ${styles.panel}`} aria-labelledby="import-heading">
        <h2 id="import-heading">Import snapshots</h2>
        <p className={shared.hint}>All or nothing: every row is checked first; one bad row refuses the whole import and nothing is written.</p>
        <SnapshotImportForm slug={board.slug} />
      </section>

      <section className={`${shared.panel} ${styles.panel}`} aria-labelledby="votes-heading">
        <h2 id="votes-heading">Import votes</h2>
        <p className={shared.hint}>
          {battles.count.toLocaleString("en")} votes so far{battles.lastVotedAt ? `, the newest on ${battles.lastVotedAt.toISOString().slice(0, 10)}` : ""}.
          Each import recomputes the Bradley–Terry ratings (95% bootstrap intervals, a weekly history) in the background; the public standings show
          them when the board&apos;s method is BRADLEY_TERRY (this board: {board.method}).
        </p>
        <BattleUploadForm slug={board.slug} />
      </section>

      <section className={`${shared.panel} ${styles.panel}`} aria-labelledby="entry-heading">
        <h2 id="entry-heading">Enter one snapshot</h2>
        <SnapshotEntryForm slug={board.slug} models={models} />
      </section>

      <section className={`${shared.panel} ${styles.panel}`} aria-labelledby="latest-heading">
        <h2 id="latest-heading">Latest snapshot{dates[0] ? `: ${dates[0].capturedAt.slice(0, 10)}` : ""}</h2>
        {latest.length ? (
          <div className={shared.tableWrap}>
            <table className={shared.table}>
              <caption className={shared.hint}>Rank with uncertainty; entries under the vote minimum are provisional and unranked</caption>
              <thead>
                <tr>
                  <th scope="col" className={styles.num}>
                    Rank
                  </th>
                  <th scope="col">Model</th>
                  <th scope="col" className={styles.num}>
                    Rating
                  </th>
                  <th scope="col" className={styles.num}>
                    95% interval
                  </th>
                  <th scope="col" className={styles.num}>
                    Votes
                  </th>
                </tr>
              </thead>
              <tbody>
                {latest.map((s) => (
                  <tr key={s.id}>
                    <td className={styles.num}>{s.rank ?? <span className={styles.badge}>provisional</span>}</td>
                    <td>
                      <Link href={`/editor/models/${s.model}`}>{s.modelName}</Link>
                    </td>
                    <td className={styles.num}>{fmt(s.rating)}</td>
                    <td className={styles.num}>{s.ciLow === null ? "—" : `${fmt(s.ciLow)}–${fmt(s.ciHigh)}`}</td>
                    <td className={styles.num}>{s.votes ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className={shared.muted}>No snapshots yet: import some above.</p>
        )}
        {dates.length > 1 && (
          <>
            <h3>Earlier snapshot times</h3>
            <ul>
              {dates.slice(1).map((d) => (
                <li key={`${d.capturedAt}|${d.method}`}>
                  <time dateTime={d.capturedAt}>{d.capturedAt.slice(0, 10)}</time> · {d.method} · {d.count} models
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
