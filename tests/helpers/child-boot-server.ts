// A process that does exactly what a server does before serving: bootServer()
// (configuration, database, migrations, demo seed on an empty database).
// With MW_TEST_FREEZE_ON=<text>, it freezes (synchronously, inside whatever it
// is doing) right after logging a line containing <text>: a test can then kill
// it at a known point, e.g. in the middle of the seed transaction.
import { closeDb } from "../../lib/db";
import { bootServer } from "../../lib/boot";

const freezeOn = process.env.MW_TEST_FREEZE_ON;
if (freezeOn) {
  const log = console.log.bind(console);
  console.log = (...args: unknown[]) => {
    log(...args);
    if (args.map(String).join(" ").includes(freezeOn)) {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 120_000);
    }
  };
}

bootServer()
  .then(async () => {
    process.stdout.write(`${JSON.stringify({ booted: true })}\n`);
    await closeDb();
  })
  .catch((err: Error) => {
    process.stdout.write(`${JSON.stringify({ error: err.name, message: err.message })}\n`);
    process.exit(1);
  });
