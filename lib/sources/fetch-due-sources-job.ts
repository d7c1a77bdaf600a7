import type { JobHandler } from "@/lib/jobs/job-context";
import { runSourcesOnce } from "./run-sources-once";

export const FETCH_SOURCES_JOB = "sources.fetch";

/** The `sources.fetch` job: every due leaderboard source fetched, its figures on the job row. */
export const fetchDueSourcesJob: JobHandler = async ({ db, progress, signal }) => {
  const figures = { done: 0, total: 0, newVersions: 0, failed: 0 };
  const pending: Promise<unknown>[] = [];
  await runSourcesOnce(db, {
    signal,
    onProgress: (done, total, last) => {
      figures.done = done;
      figures.total = total;
      if (last.status === "new-version") figures.newVersions += 1;
      if (last.status === "error") figures.failed += 1;
      pending.push(progress(done / total, `${done}/${total} sources, ${figures.newVersions} new versions`, { ...figures }));
    },
  });
  await Promise.all(pending);
  return { ...figures };
};
