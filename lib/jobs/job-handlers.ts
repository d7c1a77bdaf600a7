// The one table of background job types: what a Job row of each type runs.
import { ingestDueFeedsJob } from "../news/ingest/ingest-due-feeds-job";
import { RECOMPUTE_RATINGS_JOB, recomputeRatingsJob } from "../ratings/recompute-ratings-job";
import { FETCH_SOURCES_JOB, fetchDueSourcesJob } from "../sources/fetch-due-sources-job";
import type { JobHandler } from "./job-context";

export const jobHandlers: Record<string, JobHandler> = {
  "news.ingest": ingestDueFeedsJob,
  [RECOMPUTE_RATINGS_JOB]: recomputeRatingsJob,
  [FETCH_SOURCES_JOB]: fetchDueSourcesJob,
};
