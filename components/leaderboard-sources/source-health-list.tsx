import shared from "@/components/editor/editor.module.css";
import badges from "@/components/feed-health/feed-health.module.css";
import { relativeTime } from "@/components/feed-health/feed-status";
import type { SourceHealth } from "@/lib/sources/source-health";
import { SourceActions } from "./source-actions";
import styles from "./sources.module.css";

type Status = "ok" | "failing" | "broken" | "disabled" | "new";

const STATUS: Record<Status, { label: string; className: string | undefined }> = {
  ok: { label: "OK", className: badges.ok },
  failing: { label: "Failing", className: badges.failing },
  broken: { label: "Broken", className: badges.broken },
  disabled: { label: "Disabled", className: badges.neutral },
  new: { label: "Not fetched yet", className: badges.neutral },
};

function sourceStatus(s: SourceHealth, brokenAfter: number): Status {
  if (!s.enabled) return "disabled";
  if (s.consecutiveErrors >= brokenAfter) return "broken";
  if (s.consecutiveErrors > 0) return "failing";
  return s.lastAttemptAt ? "ok" : "new";
}

function When({ at, now }: { at: Date | null; now: Date }) {
  if (!at) return <span className={shared.muted}>never</span>;
  const iso = at.toISOString();
  return (
    <time dateTime={iso} title={`${iso.replace("T", " ").slice(0, 16)} UTC`}>
      {relativeTime(iso, now)}
    </time>
  );
}

const interval = (minutes: number) => (minutes % 60 === 0 ? `every ${minutes / 60} h` : `every ${minutes} min`);

/** A board's sources with their health; a broken one (`brokenAfter` errors in a row) is marked. Secret header values are never given to it. */
export function SourceHealthList({ slug, sources, brokenAfter, now }: { slug: string; sources: SourceHealth[]; brokenAfter: number; now: Date }) {
  if (sources.length === 0) return <p className={shared.muted}>No sources yet: this board is updated by hand. Add one below.</p>;
  return (
    <ul className={styles.list} aria-label="Sources">
      {sources.map((s) => {
        const status = sourceStatus(s, brokenAfter);
        return (
          <li key={s.id} className={`${styles.source} ${status === "broken" ? styles.broken : ""}`} data-source-id={s.id}>
            <div className={styles.sourceHead}>
              <a className={styles.url} href={s.url} rel="noreferrer">
                {s.url}
              </a>
              <span className={`${badges.badge} ${STATUS[status].className}`}>{STATUS[status].label}</span>
            </div>
            <dl className={styles.figures}>
              <div>
                <dt>Adapter</dt>
                <dd>
                  {s.adapter}
                  {s.selector ? ` · ${s.selector}` : ""}
                </dd>
              </div>
              <div>
                <dt>Interval</dt>
                <dd>{interval(s.intervalMinutes)}</dd>
              </div>
              <div>
                <dt>State</dt>
                <dd>{s.enabled ? "Enabled" : "Disabled (reason below)"}</dd>
              </div>
              <div>
                <dt>Secret headers</dt>
                <dd>{s.secretHeaderNames.length ? s.secretHeaderNames.map((n) => `${n}: ••••`).join(", ") : "none"}</dd>
              </div>
              <div>
                <dt>Unknown names</dt>
                <dd>{s.createModels ? "become models at once" : "wait below"}</dd>
              </div>
              <div>
                <dt>Last attempt</dt>
                <dd>
                  <When at={s.lastAttemptAt} now={now} />
                  {s.lastStatus !== null ? ` · HTTP ${s.lastStatus}` : ""}
                </dd>
              </div>
              <div>
                <dt>Last success</dt>
                <dd>
                  <When at={s.lastSuccessAt} now={now} />
                </dd>
              </div>
              <div>
                <dt>Errors in a row</dt>
                <dd>{s.consecutiveErrors}</dd>
              </div>
              <div>
                <dt>Next fetch</dt>
                <dd>{!s.enabled ? "—" : s.nextFetchAt <= now ? "due now" : <When at={s.nextFetchAt} now={now} />}</dd>
              </div>
              <div>
                <dt>Versions</dt>
                <dd>
                  versions: {s.versions}
                  {s.latestVersionDate ? `, newest ${s.latestVersionDate.toISOString().slice(0, 10)}` : ""}
                </dd>
              </div>
            </dl>
            {!s.enabled ? <p className={styles.reason}>Disabled: {s.disabledReason ?? "no reason given"}</p> : null}
            {s.lastError ? <p className={styles.lastError}>Last error: {s.lastError}</p> : null}
            <SourceActions slug={slug} source={s} />
          </li>
        );
      })}
    </ul>
  );
}
