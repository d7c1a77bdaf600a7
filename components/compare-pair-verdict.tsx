import { formatProbability, VERDICT_THRESHOLD, type PairComparison } from "@/lib/elo/win-probability";
import type { BoardEntry } from "@/lib/models/get-model-comparison";
import styles from "./compare.module.css";

const pct = (p: number) => `${Math.round(p * 100)}%`;

/**
 * One pair on one board, in words first: who is ahead and how sure we are, or
 * that the gap is within the uncertainty. Two different numbers follow, each
 * labelled with the question it answers, so they are not confused.
 */
export function ComparePairVerdict({ a, b, comparison }: { a: BoardEntry; b: BoardEntry; comparison: PairComparison }) {
  const v = comparison.verdict;
  const leader = v.kind === "no-interval" || v.leader === null ? null : v.leader === "a" ? a : b;
  const other = leader === b ? a : b;
  const threshold = pct(VERDICT_THRESHOLD);
  const missing = [a, b].filter((e) => e.ciLow === null || e.ciHigh === null).map((e) => e.name);

  return (
    <li
      className={`${styles.pair} ${v.kind === "ahead" ? styles.pairAhead : styles.pairWithin}`}
      data-testid="pair-verdict"
      data-verdict={v.kind}
      data-pair={`${a.slug}:${b.slug}`}
    >
      <p className={styles.verdict}>
        {v.kind === "ahead" && leader ? (
          <>
            <span className={`${styles.verdictTag} ${styles.tagAhead}`}>Ahead</span>
            <strong>
              {leader.name} ahead of {other.name} with {formatProbability(v.probability)} probability
            </strong>
          </>
        ) : v.kind === "within-uncertainty" ? (
          <>
            <span className={`${styles.verdictTag} ${styles.tagWithin}`}>Too close to call</span>
            <strong>
              {a.name} and {b.name}: within the uncertainty
            </strong>
            {leader ? (
              <>
                {" "}
                — {leader.name} is higher with {formatProbability(v.probability)} probability, short of the {threshold} needed to
                call a lead.
              </>
            ) : (
              <> — identical ratings.</>
            )}
          </>
        ) : (
          <>
            <span className={`${styles.verdictTag} ${styles.tagWithin}`}>No verdict</span>
            <strong>No interval published for {missing.join(" and ")}</strong>, so whether the gap is real cannot be judged.
          </>
        )}
      </p>
      <dl className={styles.pairFacts}>
        {v.kind !== "no-interval" && leader ? (
          <>
            <dt>Probability {leader.name}&apos;s true rating is higher (from the 95% intervals)</dt>
            <dd className="num" data-testid="probability-ahead">
              {formatProbability(v.probability)}
            </dd>
          </>
        ) : null}
        <dt>
          Expected win rate in a single vote: {a.name} against {b.name} (Bradley–Terry, from the ratings alone)
        </dt>
        <dd className="num" data-testid="expected-win-rate">
          {pct(comparison.expectedWinRate)}
        </dd>
        <dt>95% intervals</dt>
        <dd>{comparison.intervalsOverlap === null ? "not published" : comparison.intervalsOverlap ? "overlap" : "separate"}</dd>
      </dl>
    </li>
  );
}
