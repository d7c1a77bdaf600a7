"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import shared from "@/components/editor/editor.module.css";
import { describeProblem, sendJson } from "@/lib/api/client/send-json";
import type { MergePreview } from "@/lib/catalog/preview-model-merge";
import styles from "./catalog-editor.module.css";

export interface MergeChoice {
  slug: string;
  name: string;
  organization: string | null;
}

/** Collisions summed up per board: there can be one per snapshot date. */
function collisionsByBoard(collisions: MergePreview["collisions"]) {
  const boards = new Map<string, { leaderboard: string; count: number; first: string; last: string }>();
  for (const c of collisions) {
    const day = c.capturedAt.slice(0, 10);
    const b = boards.get(c.leaderboard) ?? { leaderboard: c.leaderboard, count: 0, first: day, last: day };
    b.count += 1;
    if (day < b.first) b.first = day;
    if (day > b.last) b.last = day;
    boards.set(c.leaderboard, b);
  }
  return [...boards.values()];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Merge in two steps: pick the model that stays (the page then shows what
 * will move, computed on the server), then confirm with a note.
 */
export function ModelMergePanel({
  source,
  choices,
  preview,
  previewError,
}: {
  source: { slug: string; name: string };
  choices: MergeChoice[];
  preview: MergePreview | null;
  previewError: string | null;
}) {
  const router = useRouter();
  const [into, setInto] = useState(preview?.target.slug ?? "");
  const [note, setNote] = useState("");
  const [keepTarget, setKeepTarget] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function showPlan(e: React.FormEvent) {
    e.preventDefault();
    router.push(`/editor/models/${source.slug}?into=${encodeURIComponent(into)}#merge`);
  }

  async function confirm(e: React.FormEvent) {
    e.preventDefault();
    if (!preview) return;
    setBusy(true);
    setError(null);
    const res = await sendJson("POST", `/api/v1/models/${source.slug}/merge`, {
      into: preview.target.slug,
      note,
      ...(keepTarget ? { snapshotConflicts: "keep-target" } : {}),
    });
    setBusy(false);
    if (res.ok) router.push(`/editor/models/${preview.target.slug}?merged=${encodeURIComponent(source.slug)}`);
    else setError(describeProblem(res.problem));
  }

  return (
    <div className={styles.sections}>
      <form className={shared.form} onSubmit={showPlan}>
        <div className={shared.field}>
          <label htmlFor="merge-into">Merge {source.name} into</label>
          <select id="merge-into" required value={into} onChange={(e) => setInto(e.target.value)}>
            <option value="">Choose the model that stays…</option>
            {choices
              .filter((c) => c.slug !== source.slug)
              .map((c) => (
                <option key={c.slug} value={c.slug}>
                  {c.name}
                  {c.organization ? ` (${c.organization})` : ""}
                </option>
              ))}
          </select>
          <span className={shared.hint}>
            Use this when an anonymous arena entry turns out to be a known model: everything about {source.name} moves there and its address
            redirects.
          </span>
        </div>
        <div className={shared.row}>
          <button className={shared.buttonSecondary} type="submit" disabled={!into}>
            Show what will move
          </button>
        </div>
      </form>

      {previewError && (
        <p className={shared.error} role="alert">
          ⚠ {previewError}
        </p>
      )}

      {preview && (
        <form className={shared.form} onSubmit={confirm} aria-labelledby="merge-plan-heading">
          <h3 id="merge-plan-heading">
            Merge {preview.source.name} into {preview.target.name}
          </h3>
          <p>This moves, in one step that cannot be undone:</p>
          <ul className={styles.mergeList}>
            <li>{plural(preview.claims, "claim")} (each gets a “moved” entry in its history)</li>
            <li>{plural(preview.snapshots, "rating snapshot")} (they keep the name “{preview.source.name}” as the arena label)</li>
            <li>{plural(preview.newsLinks, "news link")}</li>
            <li>
              {plural(preview.aliases, "alias", "aliases")}, plus “{preview.source.name}” as a new alias
            </li>
            <li>{plural(preview.watchers, "watch-list entry", "watch-list entries")}</li>
            <li>{plural(preview.battles, "battle")} and {plural(preview.lifecycleSteps, "lifecycle step")}</li>
            <li>
              the address /models/{preview.source.slug}
              {preview.redirects > 0 ? ` and ${plural(preview.redirects, "older address", "older addresses")}` : ""}, which will redirect to
              /models/{preview.target.slug}
            </li>
          </ul>
          {!preview.source.organizationId && preview.target.organizationName && (
            <p className={shared.hint}>Watchers are told the ownership is confirmed: {preview.target.organizationName}.</p>
          )}
          {preview.collisions.length > 0 && (
            <div className={shared.error}>
              <p>
                ⚠ Both models have a snapshot at the same time on the same board ({plural(preview.collisions.length, "time")}):
              </p>
              <ul>
                {collisionsByBoard(preview.collisions).map((b) => (
                  <li key={b.leaderboard}>
                    {b.leaderboard}: {plural(b.count, "time")}
                    {b.count > 1 ? `, ${b.first} to ${b.last}` : `, ${b.first}`}
                  </li>
                ))}
              </ul>
              <label htmlFor="merge-keep-target">
                <input id="merge-keep-target" type="checkbox" checked={keepTarget} onChange={(e) => setKeepTarget(e.target.checked)} /> Keep{" "}
                {preview.target.name}’s snapshots and drop {preview.source.name}’s at those times
              </label>
            </div>
          )}
          <div className={shared.field}>
            <label htmlFor="merge-note">Why (shown in every moved claim’s history)</label>
            <textarea
              id="merge-note"
              required
              maxLength={2000}
              placeholder="e.g. The owner confirmed the arena entry is theirs (link)."
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </div>
          {error && (
            <p className={shared.error} role="alert">
              ⚠ {error}
            </p>
          )}
          <div className={shared.row}>
            <button className={shared.buttonDanger} type="submit" disabled={busy || (preview.collisions.length > 0 && !keepTarget)}>
              {busy ? "Merging…" : `Merge into ${preview.target.name}`}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
