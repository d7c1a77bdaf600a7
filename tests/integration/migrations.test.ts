import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, MigrationError, readMigrations } from "@/lib/db/apply-migrations";
import type { SqlSession } from "@/lib/db/sql-session";
import { schemaFingerprint, schemaSqlFromDatamodel, TUNED_INDEXES } from "../helpers/schema-fingerprint";
import { createPostgresDatabase, makeTempDir, openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";

const migrationNames = readMigrations().map((m) => m.name);

/** A raw session on an empty database of the same kind, for building the reference schema. */
async function emptySession(kind: "pglite" | "postgres"): Promise<{ s: SqlSession; close(): Promise<void> }> {
  if (kind === "pglite") {
    const db = new PGlite();
    await db.waitReady;
    return {
      s: { query: async (q, p) => (await db.query(q, p)).rows as never[], exec: async (q) => void (await db.exec(q)) },
      close: () => db.close(),
    };
  }
  const { url, drop } = await createPostgresDatabase();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    s: { query: async (q, p) => (await client.query(q, p)).rows, exec: async (q) => void (await client.query(q)) },
    close: async () => {
      await client.end();
      await drop();
    },
  };
}


describe.each(testDatabaseKinds())("migrations on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it("records every migration in Prisma's table, once", async () => {
    const rows = await t.db.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY 1`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(migrationNames);
  });

  it("applies nothing the second time", async () => {
    expect(await t.withSession((s) => applyMigrations(s))).toEqual([]);
  });

  it("tunes the indexes schema.prisma cannot (GIN title words without a pending list)", async () => {
    const defs = await t.withSession((s) => s.query<{ name: string; def: string }>(`SELECT indexname::text AS name, indexdef::text AS def FROM pg_indexes`));
    for (const [name, tuning] of Object.entries(TUNED_INDEXES)) {
      expect(defs.find((d) => d.name === name)?.def).toContain(tuning);
    }
  });

  it("yields exactly prisma/schema.prisma (no drift)", async () => {
    const migrated = await t.withSession((s) => schemaFingerprint(s));
    const ref = await emptySession(kind);
    try {
      await ref.s.exec(schemaSqlFromDatamodel());
      const expected = await schemaFingerprint(ref.s);
      expect(migrated.columns.length).toBeGreaterThan(100);
      expect(migrated).toEqual(expected);
    } finally {
      await ref.close();
    }
  });

  it("refuses a migration that was edited after it was applied", async () => {
    const dir = makeTempDir("mw-migrations-");
    fs.cpSync(path.join(process.cwd(), "prisma", "migrations"), dir, { recursive: true });
    const first = path.join(dir, migrationNames[0] as string, "migration.sql");
    fs.appendFileSync(first, "\n-- edited\n");
    const attempt = t.withSession((s) => applyMigrations(s, { dir }));
    await expect(attempt).rejects.toThrow(MigrationError);
    await expect(attempt).rejects.toThrow(/edited after it was applied/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("keeps claim events append-only at the database level", async () => {
    const model = await t.db.model.create({ data: { slug: `m-${kind}`, name: "M" } });
    const claim = await t.db.claim.create({
      data: { modelId: model.id, category: "API", statement: "Has an API" },
    });
    const event = await t.db.claimEvent.create({
      data: { claimId: claim.id, type: "CREATED", note: "created", claimVersion: 1 },
    });
    await expect(t.db.claimEvent.update({ where: { id: event.id }, data: { note: "rewritten" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.claimEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    const again = await t.db.claimEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(again.note).toBe("created");
  });
});
