// Background jobs as editors watch them: ingestion runs, ratings recomputes.
import { z } from "zod";
import { JobStatus } from "@/lib/db/enums";
import type * as jobs from "@/lib/jobs/list-jobs";
import { component, dateTime } from "./common-schemas";
import type { Holds, SameShape } from "./same-shape";

export const JobStatusSchema = component("JobStatus", z.enum(JobStatus));

export const JobSchema = component(
  "Job",
  z.object({
    id: z.string(),
    type: z.string().describe("`news.ingest` (fetch every due feed once), `ratings.recompute`, …"),
    status: JobStatusSchema,
    progress: z.number().min(0).max(1).describe("0 to 1"),
    message: z.string().nullable().describe("What it is doing, e.g. `12/40 feeds, 35 new items`"),
    payload: z.unknown(),
    result: z.unknown().describe("Figures so far while running; the outcome once done"),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    createdAt: dateTime,
    startedAt: dateTime.nullable(),
    finishedAt: dateTime.nullable(),
  }),
);

export type JobDto = z.output<typeof JobSchema>;

export type JobWireMatchesDomain = Holds<SameShape<JobDto, jobs.JobDto>>;

export const JobListSchema = z.object({ data: z.array(JobSchema) });
export const JobDocumentSchema = z.object({ data: JobSchema });
