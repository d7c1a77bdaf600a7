// Background jobs (EDITOR or ADMIN): what is running, queued and finished, with progress.
import { z } from "zod";
import { JobStatus } from "@/lib/db/enums";
import { defineEndpoint } from "../../endpoint";
import { limit, noQuery } from "../query-schemas";
import { idPath } from "../schemas/account-write-schemas";
import { JobDocumentSchema, JobListSchema } from "../schemas/job-schemas";

export const listJobsQuery = z.strictObject({
  type: z.string().min(1, "must not be empty").max(100, "is too long to be a job type").optional().describe("Only jobs of this type, e.g. `news.ingest`"),
  status: z.enum(JobStatus, { error: `must be one of ${Object.values(JobStatus).join(", ")}` }).optional(),
  limit,
});

export const jobEndpoints = {
  listJobs: defineEndpoint({
    method: "GET",
    path: "/api/v1/jobs",
    operationId: "listJobs",
    tag: "Jobs",
    summary: "Recent background jobs",
    description:
      "Newest first: ingestion runs (`news.ingest`: feeds done of total and new items while running) and queued work such as ratings recomputes, with progress from 0 to 1.",
    query: listJobsQuery,
    params: noQuery,
    permission: "jobs.read",
    response: { kind: "json", schema: JobListSchema, description: "Jobs, newest first" },
  }),
  getJob: defineEndpoint({
    method: "GET",
    path: "/api/v1/jobs/{id}",
    operationId: "getJob",
    tag: "Jobs",
    summary: "One job and its progress",
    description: "Poll it to follow a running job: status, progress, message, and the result once done or the error once failed.",
    query: noQuery,
    params: idPath,
    permission: "jobs.read",
    notFound: "No such job.",
    response: { kind: "json", schema: JobDocumentSchema, description: "The job" },
  }),
} as const;
