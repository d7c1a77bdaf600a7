import { getEnv } from "../../env";
import type { JobHandler } from "../../jobs/job-context";
import { runIngestOnce } from "./run-ingest-once";

export interface IngestRunFigures {
  done: number;
  total: number;
  newItems: number;
  failed: number;
}

/**
 * The `news.ingest` job: every due feed fetched once, its progress (feeds done
 * of total, new items) kept on the job row so the editor sees a running ingestion.
 */
export const ingestDueFeedsJob: JobHandler = async ({ db, progress, signal }) => {
  const figures: IngestRunFigures = { done: 0, total: 0, newItems: 0, failed: 0 };
  const report = () =>
    progress(
      figures.total ? figures.done / figures.total : 0,
      `${figures.done}/${figures.total} feeds, ${figures.newItems} new items`,
      { ...figures },
    );
  const pending: Promise<unknown>[] = [];
  await runIngestOnce(db, {
    concurrency: getEnv().MODELWATCH_INGEST_CONCURRENCY,
    signal,
    onClaimed: (total) => {
      figures.total = total;
      pending.push(report());
    },
    onProgress: (p) => {
      figures.done = p.done;
      figures.newItems = p.newItems;
      if (p.last.status === "error") figures.failed += 1;
      pending.push(report());
    },
  });
  await Promise.all(pending);
  return { ...figures };
};
