"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import shared from "@/components/editor/editor.module.css";
import { describeProblem, sendJson } from "@/lib/api/client/send-json";
import type { ModelChoice } from "@/lib/models/list-model-choices";
import type { UnmatchedName } from "@/lib/sources/list-unmatched";
import styles from "./sources.module.css";

const fmt = (n: number | null) => (n === null ? "—" : String(Math.round(n)));

type Action = { action: "map"; model: string } | { action: "create-model"; name: string } | { action: "anonymous" };

function UnmatchedRow({ slug, entry, models }: { slug: string; entry: UnmatchedName; models: ModelChoice[] }) {
  const router = useRouter();
  const [model, setModel] = useState("");
  const [name, setName] = useState(entry.displayName);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const base = `unmatched-${entry.id}`;

  async function resolve(body: Action, done: (slug: string, attached: number) => string) {
    setBusy(true);
    setMessage(null);
    const res = await sendJson<{ data: { model: { slug: string }; attached: number } }>("POST", `/api/v1/leaderboards/${slug}/unmatched/${entry.id}`, body);
    setBusy(false);
    if (!res.ok) {
      setMessage({ ok: false, text: describeProblem(res.problem) });
      return;
    }
    setMessage({ ok: true, text: done(res.data.data.model.slug, res.data.data.attached) });
    router.refresh();
  }
  const history = (n: number) => (n ? `; ${n} earlier figures joined its history` : "");

  return (
    <tr>
      <td>
        <strong>{entry.displayName}</strong>
        {entry.sourceKey !== entry.displayName ? <div className={shared.hint}>key {entry.sourceKey}</div> : null}
        <div className={shared.hint}>
          seen {entry.firstSeenAt.toISOString().slice(0, 10)}
          {entry.lastSeenAt.getTime() !== entry.firstSeenAt.getTime() ? ` to ${entry.lastSeenAt.toISOString().slice(0, 10)}` : ""}
        </div>
      </td>
      <td className={styles.num}>{fmt(entry.lastRating)}</td>
      <td className={styles.num}>{entry.lastCiLow === null || entry.lastCiHigh === null ? "—" : `${fmt(entry.lastCiLow)}–${fmt(entry.lastCiHigh)}`}</td>
      <td>
        <div className={styles.actions}>
          <form
            className={styles.actions}
            onSubmit={(e) => {
              e.preventDefault();
              void resolve({ action: "map", model }, (s, n) => `Mapped to ${s}${history(n)}.`);
            }}
          >
            <label className="visually-hidden" htmlFor={`${base}-model`}>
              Model that {entry.displayName} is
            </label>
            <select id={`${base}-model`} required value={model} onChange={(e) => setModel(e.target.value)}>
              <option value="">Choose a model…</option>
              {models.map((m) => (
                <option key={m.slug} value={m.slug}>
                  {m.name}
                  {m.organization ? ` (${m.organization})` : ""}
                </option>
              ))}
            </select>
            <button type="submit" className={shared.buttonSecondary} disabled={busy}>
              Map
            </button>
          </form>
          <form
            className={styles.actions}
            onSubmit={(e) => {
              e.preventDefault();
              void resolve({ action: "create-model", name: name.trim() }, (s, n) => `Created ${s}${history(n)}.`);
            }}
          >
            <label className="visually-hidden" htmlFor={`${base}-name`}>
              Name of the new model for {entry.displayName}
            </label>
            <input id={`${base}-name`} required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
            <button type="submit" className={shared.buttonSecondary} disabled={busy}>
              Create model
            </button>
          </form>
          <button
            type="button"
            className={shared.buttonSecondary}
            disabled={busy}
            onClick={() => void resolve({ action: "anonymous" }, (s, n) => `Marked an anonymous codename (${s})${history(n)}.`)}
          >
            Anonymous codename
          </button>
        </div>
        {message ? (
          <p className={message.ok ? shared.success : shared.error} role={message.ok ? "status" : "alert"}>
            {message.text}
          </p>
        ) : null}
      </td>
    </tr>
  );
}

/** Names the board's sources publish that no model answers to yet, each with what an editor can make of it. */
export function UnmatchedNamesPanel({ slug, entries, models }: { slug: string; entries: UnmatchedName[]; models: ModelChoice[] }) {
  if (entries.length === 0) return <p className={shared.muted}>Every published name answers to a model.</p>;
  return (
    <div className={shared.tableWrap}>
      <table className={`${shared.table} ${styles.unmatched}`}>
        <caption className={shared.hint}>Best last rating first; the figures are from the newest version that listed the name</caption>
        <thead>
          <tr>
            <th scope="col">Published name</th>
            <th scope="col" className={styles.num}>
              Rating
            </th>
            <th scope="col" className={styles.num}>
              95% interval
            </th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <UnmatchedRow key={e.id} slug={slug} entry={e} models={models} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
