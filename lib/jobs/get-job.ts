import type { JobDto } from "../api/v1/schemas/job-schemas";
import type { Db } from "../db";
import { NotFoundError } from "../errors";
import { jobSelect, toJobDto } from "./list-jobs";

export async function getJob(db: Db, id: string): Promise<JobDto> {
  const row = await db.job.findUnique({ where: { id }, select: jobSelect });
  if (!row) throw new NotFoundError("No such job.");
  return toJobDto(row);
}
