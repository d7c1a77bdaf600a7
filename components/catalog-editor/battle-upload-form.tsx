"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import shared from "@/components/editor/editor.module.css";
import { describeProblem, sendFile } from "@/lib/api/client/send-json";
import { ImportReport, type ReportLine } from "./import-report";
import styles from "./catalog-editor.module.css";

interface ImportDone {
  imported: number;
  createdModels: string[];
  recomputeJob: string;
}

interface JobView {
  status: "QUEUED" | "RUNNING" | "DONE" | "FAILED";
  progress: number;
  message: string | null;
  lastError: string | null;
}

/** Polls the recompute job until it is done or failed. */
function useJob(id: string | null): JobView | null {
  const [job, setJob] = useState<JobView | null>(null);
  useEffect(() => {
    if (!id) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      const res = await fetch(`/api/v1/jobs/${id}`, { credentials: "same-origin" }).catch(() => null);
      const body = res?.ok ? ((await res.json()) as { data: JobView }) : null;
      if (stopped) return;
      if (body) setJob(body.data);
      if (!body || (body.data.status !== "DONE" && body.data.status !== "FAILED")) timer = setTimeout(poll, 1000);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [id]);
  return job;
}

/**
 * Uploads pairwise votes (CSV streamed as it is read from disk, or JSON) and
 * follows the ratings recompute the import queues. All or nothing: a refused
 * import lists its bad rows and writes nothing.
 */
export function BattleUploadForm({ slug }: { slug: string }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [createModels, setCreateModels] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<ReportLine[] | null>(null);
  const [done, setDone] = useState<ImportDone | null>(null);
  const job = useJob(done?.recomputeJob ?? null);
  const finished = job?.status === "DONE";

  useEffect(() => {
    if (finished) router.refresh();
  }, [finished, router]);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!file) return;
    setError(null);
    setReport(null);
    setDone(null);
    setBusy(true);
    const isJson = file.name.toLowerCase().endsWith(".json") || file.type === "application/json";
    const res = await sendFile<{ data: ImportDone }>(
      `/api/v1/leaderboards/${slug}/battles${createModels ? "?createModels=true" : ""}`,
      file,
      isJson ? "application/json" : "text/csv",
    );
    setBusy(false);
    if (res.ok) setDone(res.data.data);
    else if (res.status === 400 && res.problem.errors?.length) {
      setError("The import was refused: nothing was written. Fix these rows (or allow new models) and upload again.");
      setReport(res.problem.errors);
    } else setError(describeProblem(res.problem));
  }

  return (
    <form className={shared.form} onSubmit={submit}>
      <div className={shared.field}>
        <label htmlFor="battles-file">CSV or JSON file of votes</label>
        <input
          id="battles-file"
          type="file"
          required
          accept=".csv,.json,text/csv,application/json"
          aria-describedby="battles-hint"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <span id="battles-hint" className={shared.hint}>
          CSV header <code>model_a,model_b,winner,timestamp</code> (timestamp optional: ISO 8601 or Unix seconds); winner is <code>model_a</code>,{" "}
          <code>model_b</code>, <code>tie</code> or <code>tie (bothbad)</code>. JSON: <code>{`{ "battles": [ … ] }`}</code> with the same fields. Models
          by slug or alias. Files of millions of rows are streamed.
        </span>
      </div>
      <label className={styles.checkRow}>
        <input type="checkbox" checked={createModels} onChange={(e) => setCreateModels(e.target.checked)} /> Create unknown names as provisional
        models (otherwise they refuse the import)
      </label>
      {error && (
        <p className={shared.error} role="alert">
          ⚠ {error}
        </p>
      )}
      {report && <ImportReport lines={report} isCsv={!file?.name.toLowerCase().endsWith(".json")} />}
      {done && (
        <div role="status" className={shared.success}>
          <p>
            ✓ Imported {done.imported.toLocaleString("en")} votes
            {done.createdModels.length ? `; new provisional models: ${done.createdModels.join(", ")}` : ""}.
          </p>
          <p>
            <label htmlFor="recompute-progress">
              Recomputing ratings: {job ? (job.status === "FAILED" ? `failed: ${job.lastError ?? "unknown error"}` : (job.message ?? job.status.toLowerCase())) : "queued"}
            </label>{" "}
            <progress id="recompute-progress" className={styles.progress} max={1} value={job?.progress ?? 0} />{" "}
            {Math.round((job?.progress ?? 0) * 100)}%
          </p>
        </div>
      )}
      <div className={shared.row}>
        <button className={shared.button} type="submit" disabled={busy || !file}>
          {busy ? "Uploading and checking…" : "Check and import votes"}
        </button>
      </div>
    </form>
  );
}
