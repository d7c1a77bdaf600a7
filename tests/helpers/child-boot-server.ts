// A process that does exactly what a server does before serving: bootServer()
// (configuration, database, migrations, demo seed on an empty embedded database).
import { closeDb } from "../../lib/db";
import { bootServer } from "../../lib/boot";

bootServer()
  .then(async () => {
    process.stdout.write(`${JSON.stringify({ booted: true })}\n`);
    await closeDb();
  })
  .catch((err: Error) => {
    process.stdout.write(`${JSON.stringify({ error: err.name, message: err.message })}\n`);
    process.exit(1);
  });
