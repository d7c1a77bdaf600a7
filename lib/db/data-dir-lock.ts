import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * PGlite has no lock of its own: two processes opening one data directory
 * corrupt it. We take an exclusive lock file beside it (O_EXCL create) and
 * reclaim it only when the process that wrote it is gone.
 */
export class DataDirInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly holder: { pid: number; hostname: string; command: string },
  ) {
    super(
      `The embedded database at ${dir} is in use by process ${holder.pid} (${holder.command}). ` +
        `Only one process may open it at a time: stop that process first, ` +
        `or run against PostgreSQL by setting DATABASE_URL.`,
    );
    this.name = "DataDirInUseError";
  }
}

export interface DataDirLock {
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

// Locks this process holds, so a restarted container that reuses our PID can
// still tell its predecessor's stale lock from its own.
const held: Set<string> = ((globalThis as { __mwHeldLocks?: Set<string> }).__mwHeldLocks ??= new Set());

export function acquireDataDirLock(dataDir: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.resolve(dataDir, "pglite.lock");
  const me = { pid: process.pid, hostname: os.hostname(), command: process.argv.slice(1, 3).join(" ") };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: "wx" });
      held.add(file);
      let released = false;
      // Next's own signal handlers may exit before the database closes: at least drop the lock.
      const onExit = () => lock.release();
      const lock: DataDirLock = {
        release() {
          if (released) return;
          released = true;
          held.delete(file);
          process.off("exit", onExit);
          try {
            const holder = JSON.parse(fs.readFileSync(file, "utf8")) as { pid: number };
            if (holder.pid === process.pid) fs.unlinkSync(file);
          } catch {
            // already gone
          }
        },
      };
      process.on("exit", onExit);
      return lock;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    let holder: typeof me | undefined;
    try {
      holder = JSON.parse(fs.readFileSync(file, "utf8")) as typeof me;
    } catch {
      holder = undefined; // half-written or unreadable: treat as stale
    }
    if (holder) {
      const inUse =
        holder.hostname !== me.hostname || // another machine on shared storage: never steal
        (holder.pid === process.pid ? held.has(file) : isAlive(holder.pid));
      if (inUse) throw new DataDirInUseError(dataDir, holder);
    }
    // The holder died (e.g. SIGKILL): its lock is stale.
    fs.rmSync(file, { force: true });
  }
  throw new Error(`Could not lock ${dataDir}: the lock file keeps changing`);
}
