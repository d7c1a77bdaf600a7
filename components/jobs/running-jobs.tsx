"use client";
// Progress of background jobs of one type (an ingestion run, a ratings
// recompute), polled from the jobs API while the page is open.
import { useEffect, useState } from "react";
import styles from "./running-jobs.module.css";

export interface RunningJob {
  id: string;
  status: "QUEUED" | "RUNNING" | "DONE" | "FAILED";
  progress: number;
  message: string | null;
  lastError: string | null;
  finishedAt: string | null;
}

interface Props {
  /** Job type, e.g. `news.ingest`. */
  type: string;
  /** What such a job is, e.g. "Ingestion". */
  label: string;
  /** Shown when nothing is running: the last finished job's outcome. */
  showLast?: boolean;
  pollMs?: number;
}

export function RunningJobs({ type, label, showLast = true, pollMs = 2000 }: Props) {
  const [jobs, setJobs] = useState<RunningJob[] | null>(null);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const res = await fetch(`/api/v1/jobs?type=${encodeURIComponent(type)}&limit=5`, { credentials: "same-origin" });
        if (res.ok) setJobs(((await res.json()) as { data: RunningJob[] }).data);
      } catch {
        // Offline for a moment: keep the last figures and try again.
      }
      if (!stopped) timer = setTimeout(poll, document.hidden ? pollMs * 5 : pollMs);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [type, pollMs]);

  if (jobs === null) return null;
  const active = jobs.filter((j) => j.status === "RUNNING" || j.status === "QUEUED");
  const last = jobs.find((j) => j.status === "DONE" || j.status === "FAILED");
  return (
    <div className={styles.jobs} aria-live="polite">
      {active.map((job) => (
        <div key={job.id} className={styles.job}>
          <span className={styles.label}>
            {label} {job.status === "QUEUED" ? "queued" : "running"}
          </span>
          <progress className={styles.bar} max={1} value={job.status === "QUEUED" ? undefined : job.progress} aria-label={`${label} progress`} />
          <span className={styles.message}>{job.message ?? "starting…"}</span>
        </div>
      ))}
      {active.length === 0 && showLast && !last && <p className={styles.idle}>{label}: no run yet.</p>}
      {active.length === 0 && showLast && last && (
        <p className={last.status === "FAILED" ? styles.failed : styles.idle}>
          {label}: none running. Last {last.status === "FAILED" ? "failed" : "finished"}
          {last.finishedAt ? ` ${new Date(last.finishedAt).toLocaleString()}` : ""}
          {last.status === "FAILED" ? ` — ${last.lastError ?? "unknown error"}` : last.message ? ` — ${last.message}` : ""}
        </p>
      )}
    </div>
  );
}
