// Next calls register() once per server process, before it serves requests.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { bootServer } = await import("./lib/boot");
  const { closeDb } = await import("./lib/db");
  try {
    await bootServer();
  } catch (err) {
    console.error(`[modelwatch] cannot start: ${(err as Error).message}`);
    process.exit(1);
  }
  // Close the embedded database cleanly so its next start needs no recovery.
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.once(sig, () => {
      void closeDb().finally(() => process.exit(0));
    });
  }
}
