import Link from "next/link";
import shared from "@/components/editor/editor.module.css";
import type { ModelChoice } from "@/lib/models/list-model-choices";
import type { BoardUnmatched } from "@/lib/sources/list-unmatched";
import { UnmatchedNamesPanel } from "./unmatched-names-panel";

/** The review queue's section of names leaderboard sources published that no model answers to, board by board. */
export function UnmatchedByBoard({ groups, models }: { groups: BoardUnmatched[]; models: ModelChoice[] }) {
  const total = groups.reduce((n, g) => n + g.entries.length, 0);
  return (
    <section className={shared.panel} aria-labelledby="unmatched-names-heading">
      <h2 id="unmatched-names-heading">Unmatched leaderboard names{total ? ` (${total})` : ""}</h2>
      <p className={shared.hint}>
        Names a followed leaderboard published that no model answers to: a new model, a spelling we lack, or an anonymous codename. Map each to its model,
        create the model, or mark it an anonymous codename; earlier figures join its history.
      </p>
      {groups.length === 0 ? <p className={shared.muted}>Every name the followed leaderboards publish answers to a model.</p> : null}
      {groups.map((g) => (
        <div key={g.board.slug}>
          <h3>
            <Link href={`/editor/leaderboards/${g.board.slug}`}>{g.board.name}</Link> ({g.entries.length})
          </h3>
          <UnmatchedNamesPanel slug={g.board.slug} entries={g.entries} models={models} />
        </div>
      ))}
    </section>
  );
}
