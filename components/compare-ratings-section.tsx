import Link from "next/link";
import { VERDICT_THRESHOLD } from "@/lib/elo/win-probability";
import type { ModelComparison } from "@/lib/models/get-model-comparison";
import { CompareBoardCard } from "./compare-board-card";
import { EmptyState } from "./empty-state";
import styles from "./compare.module.css";

const threshold = `${Math.round(VERDICT_THRESHOLD * 100)}%`;
const lower = `${Math.round((1 - VERDICT_THRESHOLD) * 100)}%`;

/** Ratings on every shared board with each pair's verdict, and how to read the two probabilities. */
export function CompareRatingsSection({ comparison }: { comparison: ModelComparison }) {
  const { models, boards, singleBoards } = comparison;
  return (
    <section className={styles.section} aria-labelledby="ratings-title" data-testid="compare-ratings">
      <h2 id="ratings-title">
        Who is ahead?
        <span className={styles.sectionNote}>Latest ratings on every leaderboard the models share</span>
      </h2>
      <details className={styles.explainer}>
        <summary>How to read this</summary>
        <dl>
          <dt>Probability the rating is higher</dt>
          <dd>
            How sure we can be that one model&apos;s true rating is above the other&apos;s, given each rating&apos;s 95%
            interval (each treated as a normal estimate with σ = interval width ÷ 3.92). We call a lead only at{" "}
            {threshold} or more; between {lower} and {threshold} the verdict is “within the uncertainty”. Two intervals can
            still overlap at {threshold}, which is why a leaderboard may show the pair sharing a rank.
          </dd>
          <dt>Expected win rate in a single vote</dt>
          <dd>
            How often the first model would win one blind head-to-head vote, from the ratings alone (Bradley–Terry: 1 ÷
            (1 + 10^(difference ÷ 400))). A lead can be certain and still mean only 55% of votes.
          </dd>
        </dl>
      </details>
      {models.length < 2 ? (
        <EmptyState title="Add a second model to see who is ahead" icon="⇄" headingLevel={3}>
          <p>Pick another model above; verdicts appear for every leaderboard both are rated on.</p>
        </EmptyState>
      ) : boards.length === 0 ? (
        <EmptyState title="No leaderboard rates two of these models" icon="∿" headingLevel={3}>
          <p>The models compared do not appear together on any tracked leaderboard, so their ratings cannot be compared.</p>
        </EmptyState>
      ) : (
        <div className={styles.cards}>
          {boards.map((b) => (
            <CompareBoardCard key={b.board.id} comparison={b} />
          ))}
        </div>
      )}
      {singleBoards.length && models.length > 1 ? (
        <p className={styles.notes}>
          Rated alone (no other compared model on the board):{" "}
          {singleBoards.map((s, i) => (
            <span key={s.board.id}>
              {i > 0 ? "; " : null}
              {s.model.name} on <Link href={`/leaderboards/${s.board.slug}`}>{s.board.name}</Link>
            </span>
          ))}
          .
        </p>
      ) : null}
    </section>
  );
}
