// Lets a change in this process (a queued job, a feed made due) start the
// in-process worker at once instead of at its next poll.
// On globalThis: Next bundles route modules and the instrumentation hook
// separately, and every copy of this module must reach the same sleepers.
const state = globalThis as { __modelwatchWorkerSleepers?: Set<() => void> };
const sleepers = (state.__modelwatchWorkerSleepers ??= new Set());

export function wakeWorkers(): void {
  for (const wake of [...sleepers]) wake();
}

export function wakeableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      sleepers.delete(done);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    sleepers.add(done);
    signal.addEventListener("abort", done, { once: true });
  });
}
