import { openDatabase, type DatabaseHandle } from "../db";
import type { CliIo } from "./cli-command";

/**
 * Opens the process-wide database the way the server does, which applies any
 * pending migration first, echoing the migrator's progress. The caller
 * (runCli) closes it with closeDb() however the command ends.
 */
export async function openCliDatabase(io: CliIo): Promise<DatabaseHandle> {
  const handle = await openDatabase((msg) => io.out(msg));
  io.out(`Database: ${handle.label}`);
  return handle;
}
