// Next calls register() once per server process, before it serves requests.
// The runtime check is resolved at compile time, so the Edge bundle never sees Node-only code.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { startNodeServer } = await import("./lib/server/start-node-server");
    await startNodeServer();
  }
}
