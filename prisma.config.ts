import path from "node:path";
import { defineConfig } from "prisma/config";

// The JS schema engine needs no native binaries; pointing these at any existing
// file stops the CLI from trying to download engines it would never use.
const placeholder = path.join(__dirname, "package.json");
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= placeholder;
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= placeholder;

export default defineConfig({
  experimental: { adapter: true },
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  engine: "js",
  // Used by the CLI only (migrate diff against a live database); the app opens
  // its own connection through lib/db.
  async adapter() {
    const dir = process.env.PRISMA_PGLITE_DIR;
    const url = process.env.DATABASE_URL;
    if (url && !dir) {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({ connectionString: url });
    }
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    // In memory unless a directory is named: schema-only diffs need no data.
    return new PrismaPGlite(dir ? new PGlite(dir) : new PGlite());
  },
});
