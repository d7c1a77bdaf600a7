import type { Db } from "../db";
import { NotFoundError } from "../errors";
import { jobSelect, toJobDto, type JobDto } from "./list-jobs";

export async function getJob(db: Db, id: string): Promise<JobDto> {
  const row = await db.job.findUnique({ where: { id }, select: jobSelect });
  if (!row) throw new NotFoundError("No such job.");
  return toJobDto(row);
}
