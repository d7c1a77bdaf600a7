import cluster from "node:cluster";

/**
 * Runs `start` (one HTTP server) in `count` processes sharing one port (node:cluster:
 * the primary accepts connections and hands them out), so one machine's cores all
 * serve. A process that dies is replaced; SIGINT/SIGTERM stop them all. With one
 * process, `start` runs here and nothing else happens.
 */
export function runServerProcesses(count: number, start: () => Promise<void>): void {
  if (count <= 1 || !cluster.isPrimary) {
    void start();
    return;
  }
  let stopping = false;
  const startedAt = new Map<number, number>();
  const fork = () => {
    const worker = cluster.fork();
    startedAt.set(worker.id, Date.now());
  };
  for (let i = 0; i < count; i++) fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    // One that fails at start (bad configuration, database down) would fail again: stop, say why once.
    if (code !== 0 && Date.now() - (startedAt.get(worker.id) ?? 0) < 15_000) {
      console.error(`[modelwatch] a server process failed at start (exit ${code}); stopping`);
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
      process.exitCode = code;
      return;
    }
    console.error(`[modelwatch] server process ${worker.process.pid} exited (${signal ?? code}); starting another`);
    fork();
  });
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.once(sig, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(sig);
    });
  }
  console.log(`[modelwatch] ${count} server processes on one port`);
}
