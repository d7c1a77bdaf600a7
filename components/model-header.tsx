import Link from "next/link";
import type { ModelProfile } from "@/lib/models/get-model-profile";
import { LIFECYCLE_DESCRIPTIONS, LIFECYCLE_LABELS, MODALITY_LABELS } from "@/lib/models/model-labels";
import { DemoNotice } from "./demo-notice";
import { WatchButton } from "./watch/watch-button";
import { formatDate, isoDay } from "./format";
import ui from "./ui.module.css";
import styles from "./model.module.css";

export function ModelHeader({ model }: { model: ModelProfile }) {
  // The model's own name is stored as an alias for news matching; listing it here would read oddly.
  const aliases = model.aliases.filter((a) => a.toLowerCase() !== model.name.toLowerCase());
  return (
    <header className={styles.header}>
      <nav aria-label="Breadcrumb" className={styles.crumbs}>
        <ol>
          <li>
            <Link href="/">Home</Link>
          </li>
          <li>
            <Link href="/#leaderboards">Leaderboards</Link>
          </li>
          <li aria-current="page">{model.name}</li>
        </ol>
      </nav>
      <div className={styles.titleRow}>
        <h1 className={styles.title}>{model.name}</h1>
        <span className={ui.chipAccent} title={LIFECYCLE_DESCRIPTIONS[model.lifecycleStage]} data-testid="lifecycle-stage">
          {LIFECYCLE_LABELS[model.lifecycleStage]}
        </span>
        {model.isDemo ? <span className={ui.chipWarn}>Demo</span> : null}
        <WatchButton slug={model.slug} name={model.name} />
      </div>
      <p className={styles.owner} data-testid="model-owner">
        {model.organization ? (
          <>
            by <strong>{model.organization.name}</strong>
            {model.unit ? <> · {model.unit}</> : null}
          </>
        ) : (
          <>Owner not confirmed{model.unit ? <> · {model.unit}</> : null}</>
        )}
      </p>
      {model.description ? <p className={styles.description}>{model.description}</p> : null}
      <dl className={styles.facts}>
        {model.modalities.length ? (
          <div>
            <dt>Modalities</dt>
            <dd className={styles.chips}>
              {model.modalities.map((m) => (
                <span key={m} className={ui.chip}>
                  {MODALITY_LABELS[m]}
                </span>
              ))}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>First seen</dt>
          <dd>
            {model.firstSeenAt ? <time dateTime={isoDay(model.firstSeenAt)}>{formatDate(model.firstSeenAt)}</time> : "—"}
          </dd>
        </div>
        <div>
          <dt>Announced</dt>
          <dd>
            {model.announcedAt ? (
              <time dateTime={isoDay(model.announcedAt)}>{formatDate(model.announcedAt)}</time>
            ) : (
              "Not announced"
            )}
          </dd>
        </div>
        {aliases.length ? (
          <div>
            <dt>Also known as</dt>
            <dd data-testid="model-aliases">{aliases.join(", ")}</dd>
          </div>
        ) : null}
      </dl>
      {model.isDemo ? <DemoNotice>This model profile, its ratings and news are demo data written to show how Modelwatch works.</DemoNotice> : null}
    </header>
  );
}
