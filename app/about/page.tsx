import Link from "next/link";
import styles from "@/components/prose.module.css";

export const metadata = { title: "About & methodology" };

export default function AboutPage() {
  return (
    <article className={styles.prose}>
      <h1>About Modelwatch</h1>
      <p className={styles.lead}>
        Modelwatch tracks AI video models the way a careful newsroom would: what each model is <em>claimed</em> to be,
        which claims are <em>verified</em> and on what evidence, how its rating on blind pairwise leaderboards moves,
        and what the news says.
      </p>

      <h2>Ratings with honest uncertainty</h2>
      <p>
        Leaderboard ratings come from blind pairwise votes, fitted with a Bradley–Terry model on the Elo scale (or
        copied from the source’s own publication, which every snapshot records). Each rating is shown with its 95%
        interval. A model’s <strong>rank</strong> is one plus the number of models whose whole interval lies above its
        own, so models that are statistically tied share a rank. Below a leaderboard’s minimum vote count a rating is
        marked <strong>provisional</strong>. When a source changes its method or re-anchors its scale, the history
        chart marks the break: ratings on either side are not directly comparable.
      </p>

      <h2>Claims and evidence</h2>
      <p>Every claim about a model has a category, a confidence label and its own sources, and one of five statuses:</p>
      <ul>
        <li>
          <strong>✓ Verified</strong> — backed by at least one official or independent source.
        </li>
        <li>
          <strong>? Unverified</strong> — claimed, not yet confirmed.
        </li>
        <li>
          <strong>⚠ Disputed</strong> — credible sources disagree.
        </li>
        <li>
          <strong>✗ Refuted</strong> — shown to be false by a cited source.
        </li>
        <li>
          <strong>↺ Retracted</strong> — withdrawn by the editors.
        </li>
      </ul>
      <p>Every status change carries a note and is kept in an append-only audit trail.</p>

      <h2>Open source and self-hostable</h2>
      <p>
        Modelwatch runs as a single Next.js server with an embedded database, or as many instances against one
        PostgreSQL. Demo installations ship with illustrative data, clearly marked “demo”: those ratings, claims and
        news are not real measurements.
      </p>
      <p>
        <Link href="/">See the leaderboards →</Link>
      </p>
    </article>
  );
}
