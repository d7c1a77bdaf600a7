import styles from "./home.module.css";

const ITEMS = [
  {
    title: "Ratings are relative",
    body: "Elo comes from blind pairwise votes. A lead of a few points inside overlapping intervals is not a lead; it can shrink as votes accumulate.",
  },
  {
    title: "Intervals, not decimals",
    body: "Every rating carries its 95% interval. Ranks count only rivals that are clearly ahead, so statistically tied models share a rank.",
  },
  {
    title: "Claims need evidence",
    body: "What a model is said to be — architecture, scale, API, pricing, licence — is verified only with an official or independent source.",
  },
] as const;

export function ReadingGuide() {
  return (
    <section className={styles.guide} aria-labelledby="guide-title">
      <h2 id="guide-title">How to read Modelwatch</h2>
      <ul className={styles.guideList}>
        {ITEMS.map((i) => (
          <li key={i.title} className={styles.guideItem}>
            <h3>{i.title}</h3>
            <p>{i.body}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
