import { seedDemoData } from "../db/seed/seed-demo-data";
import type { CliCommand } from "./cli-command";
import { openCliDatabase } from "./open-cli-database";
import { parseCommandFlags } from "./parse-command-flags";

export const dbMigrateCommand: CliCommand = {
  words: ["db", "migrate"],
  synopsis: "",
  summary: "Apply pending migrations to the database (embedded PGlite, or DATABASE_URL).",
  async run(args, io) {
    parseCommandFlags(args, {});
    const { applied } = await openCliDatabase(io);
    io.out(applied.length ? "Migrations applied: the schema is up to date." : "No pending migrations: the schema is up to date.");
  },
};

export const dbSeedCommand: CliCommand = {
  words: ["db", "seed"],
  synopsis: "",
  summary: "Apply pending migrations, then load the demo data unless it is already there.",
  async run(args, io) {
    parseCommandFlags(args, {});
    const handle = await openCliDatabase(io);
    const { seeded } = await seedDemoData(handle.db, { log: (msg) => io.out(msg) });
    io.out(seeded ? "Demo data seeded." : "Demo data was already there: nothing seeded.");
  },
};
