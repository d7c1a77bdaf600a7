import fs from "node:fs";
import type { Db } from "@/lib/db";

/**
 * CPU time (ms) so far of each server process serving this database, by pid,
 * read from /proc: this run's share of a PostgreSQL server on this machine,
 * apart from other databases' (empty for a remote server). The pool's
 * backends live through a run, so two readings bracket a phase.
 */
export async function backendCpuMs(db: Db): Promise<Map<number, number>> {
  const pids = await db.$queryRaw<{ pid: number }[]>`SELECT "pid" FROM pg_stat_activity WHERE "datname" = current_database()`;
  const out = new Map<number, number>();
  for (const { pid } of pids) {
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    } catch {
      continue; // another machine's, or exited meanwhile
    }
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    out.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / 100); // utime + stime, in clock ticks of 1/100 s
  }
  return out;
}

/** CPU time spent between two readings, backends that appeared meanwhile counted whole; null when none is visible. */
export function cpuBetween(before: Map<number, number>, after: Map<number, number>): number | null {
  if (after.size === 0) return null;
  let ms = 0;
  for (const [pid, t] of after) ms += t - (before.get(pid) ?? 0);
  return ms;
}
