import type { Db, JobStatus, Prisma } from "../db";

/** A background job as editors watch it (ingestion runs, ratings recomputes). */
export interface JobDto {
  id: string;
  /** `news.ingest`, `ratings.recompute`, … */
  type: string;
  status: JobStatus;
  /** 0 to 1. */
  progress: number;
  message: string | null;
  payload: unknown;
  /** Figures so far while running; the outcome once done. */
  result: unknown;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export const jobSelect = {
  id: true, type: true, status: true, progress: true, message: true, payload: true, result: true,
  attempts: true, lastError: true, createdAt: true, startedAt: true, finishedAt: true,
} satisfies Prisma.JobSelect;

type JobRow = Prisma.JobGetPayload<{ select: typeof jobSelect }>;

export function toJobDto(job: JobRow): JobDto {
  return {
    ...job,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

export async function listJobs(db: Db, filter: { type?: string; status?: JobStatus; limit?: number }): Promise<JobDto[]> {
  const rows = await db.job.findMany({
    where: { type: filter.type, status: filter.status },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: filter.limit ?? 20,
    select: jobSelect,
  });
  return rows.map(toJobDto);
}
