"use client";

import { useState } from "react";
import shared from "@/components/editor/editor.module.css";
import { describeProblem, sendJson } from "@/lib/api/client/send-json";
import styles from "./sources.module.css";

interface BackfillLine {
  file: string;
  date: string;
  status: "stored" | "already-there";
}

/** The upload form of `mw sources backfill`: dated version files (or a manifest.json among them), imported oldest first as history. */
export function SourceBackfillForm({ slug, sourceId, onDone }: { slug: string; sourceId: string; onDone: (message: string) => void }) {
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = `backfill-${sourceId}`;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    setBusy(true);
    const uploaded = await Promise.all(files.map(async (f) => ({ name: f.name, content: await f.text() })));
    const res = await sendJson<{ data: BackfillLine[] }>("POST", `/api/v1/leaderboards/${slug}/sources/${sourceId}/backfill`, { files: uploaded });
    setBusy(false);
    if (!res.ok) return setError(describeProblem(res.problem));
    const lines = res.data.data;
    const stored = lines.filter((l) => l.status === "stored");
    const range = stored.length ? `, ${stored[0]!.date.slice(0, 10)} to ${stored[stored.length - 1]!.date.slice(0, 10)}` : "";
    onDone(`Backfill: ${stored.length} of ${lines.length} versions imported${range}; ${lines.length - stored.length} already there.`);
  }

  return (
    <form className={`${shared.form} ${styles.editForm}`} onSubmit={submit} aria-label="Backfill history">
      <div className={shared.field}>
        <label htmlFor={id}>Version files</label>
        <input id={id} type="file" multiple required accept=".json,.csv,.txt,application/json,text/csv" aria-describedby={`${id}-hint`} onChange={(e) => setFiles([...(e.target.files ?? [])])} />
        <span id={`${id}-hint`} className={shared.hint}>
          One file per published version, each name starting with its date (<code>2025-03-14_….json</code>), or a <code>manifest.json</code> of{" "}
          <code>[{"{"} &quot;file&quot;, &quot;date&quot; {"}"}]</code> among them. Read by this source&apos;s format, imported oldest first as history (no
          alerts); a version already there is left alone.
        </span>
      </div>
      {error ? (
        <p className={shared.error} role="alert">
          ⚠ {error}
        </p>
      ) : null}
      <div className={shared.row}>
        <button className={shared.button} type="submit" disabled={busy || files.length === 0}>
          {busy ? "Importing…" : `Import ${files.length || ""} file${files.length === 1 ? "" : "s"}`.replace("  ", " ")}
        </button>
      </div>
    </form>
  );
}
