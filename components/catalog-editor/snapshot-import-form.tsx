"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import shared from "@/components/editor/editor.module.css";
import { describeProblem, sendJson } from "@/lib/api/client/send-json";
import type { ImportResult } from "@/lib/api/v1/schemas/catalog-write-schemas";
import { ImportReport, type ReportLine } from "./import-report";
import styles from "./catalog-editor.module.css";

const EXAMPLE = "model,capturedAt,rating,ciLow,ciHigh,votes\nhappyhorse-1-0,2026-11-20,1281,1270,1292,5400";

/** JSON (an array of rows, or { rows }) or CSV text, as the API takes it. */
function toBody(text: string): { body: unknown; isCsv: boolean } | { error: string } {
  const trimmed = text.trim();
  if (!trimmed.startsWith("[") && !trimmed.startsWith("{")) return { body: { csv: text }, isCsv: true };
  try {
    const parsed: unknown = JSON.parse(trimmed);
    return { body: Array.isArray(parsed) ? { rows: parsed } : parsed, isCsv: false };
  } catch {
    return { error: "This looks like JSON but does not parse. Check brackets and quotes, or paste CSV." };
  }
}

/**
 * Imports snapshots from a file or pasted text. All or nothing: a refused
 * import shows every bad row and field, and nothing is written.
 */
export function SnapshotImportForm({ slug }: { slug: string }) {
  const router = useRouter();
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<{ lines: ReportLine[]; isCsv: boolean } | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);

  async function readFile(e: React.ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    setText(await file.text());
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    setReport(null);
    setDone(null);
    const prepared = toBody(text);
    if ("error" in prepared) return setError(prepared.error);
    setBusy(true);
    const res = await sendJson<{ data: ImportResult }>("POST", `/api/v1/leaderboards/${slug}/snapshots`, prepared.body);
    setBusy(false);
    if (res.ok) {
      setDone(res.data.data);
      router.refresh();
    } else if (res.status === 400 && res.problem.errors?.length) {
      setError("The import was refused: nothing was written. Fix these rows and import again.");
      setReport({ lines: res.problem.errors, isCsv: prepared.isCsv });
    } else setError(describeProblem(res.problem));
  }

  return (
    <form className={shared.form} onSubmit={submit}>
      <div className={shared.field}>
        <label htmlFor="import-file">CSV or JSON file</label>
        <input id="import-file" type="file" accept=".csv,.json,text/csv,application/json" onChange={readFile} />
      </div>
      <div className={shared.field}>
        <label htmlFor="import-text">…or paste the rows{fileName ? ` (loaded from ${fileName})` : ""}</label>
        <textarea
          id="import-text"
          className={styles.pasteArea}
          aria-describedby="import-hint"
          required
          placeholder={EXAMPLE}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <span id="import-hint" className={shared.hint}>
          Columns: model (slug or alias), capturedAt, rating, ciLow, ciHigh, votes, appearances, method, pool, anchor, displayLabel. A row for a
          model and time the board already has replaces it; ranks are recomputed.
        </span>
      </div>
      {error && (
        <p className={shared.error} role="alert">
          ⚠ {error}
        </p>
      )}
      {report && <ImportReport lines={report.lines} isCsv={report.isCsv} />}
      {done && (
        <p className={shared.success} role="status">
          ✓ Imported: {done.created} new, {done.replaced} replaced, for {done.models.length} model{done.models.length === 1 ? "" : "s"} at{" "}
          {done.capturedAt.length} time{done.capturedAt.length === 1 ? "" : "s"}.
        </p>
      )}
      <div className={shared.row}>
        <button className={shared.button} type="submit" disabled={busy}>
          {busy ? "Importing…" : "Check and import"}
        </button>
      </div>
    </form>
  );
}
