import { execFileSync } from "node:child_process";
import type { SqlSession } from "@/lib/db/sql-session";

/**
 * A comparable description of the public schema: tables and columns, enums,
 * indexes and constraints, read from the catalog. Prisma's bookkeeping table
 * and our hand-written triggers (which Prisma does not model) are left out, as are
 * the storage parameters of TUNED_INDEXES (checked on their own by the migrations test).
 */
export interface SchemaFingerprint {
  columns: string[];
  enums: string[];
  indexes: string[];
  constraints: string[];
}

/** Indexes a migration tunes beyond what schema.prisma can say, with the tuning. */
export const TUNED_INDEXES: Record<string, string> = { NewsItem_titleTokens_idx: " WITH (fastupdate=off)" };

const untuned = (name: string, def: string) => (TUNED_INDEXES[name] ? def.replace(TUNED_INDEXES[name], "") : def);

export async function schemaFingerprint(s: SqlSession): Promise<SchemaFingerprint> {
  const rows = async (sql: string) =>
    (await s.query<Record<string, unknown>>(sql)).map((r) => Object.values(r).map(String).join(" | "));
  return {
    columns: await rows(`SELECT table_name::text, column_name::text, data_type::text, udt_name::text, is_nullable::text, coalesce(column_default, '')::text
      FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY 1, 2`),
    enums: await rows(`SELECT t.typname::text, e.enumlabel::text FROM pg_type t
      JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' ORDER BY t.typname, e.enumsortorder`),
    indexes: (
      await s.query<{ t: string; name: string; def: string }>(`SELECT tablename::text AS t, indexname::text AS name, indexdef::text AS def
        FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1, 2`)
    ).map((r) => `${r.t} | ${r.name} | ${untuned(r.name, r.def)}`),
    constraints: await rows(`SELECT conrelid::regclass::text AS tbl, conname::text, pg_get_constraintdef(oid)::text
      FROM pg_constraint WHERE connamespace = 'public'::regnamespace
      AND conrelid::regclass::text <> '"_prisma_migrations"' AND conrelid::regclass::text <> '_prisma_migrations'
      ORDER BY 1, 2`),
  };
}

/** The SQL that creates prisma/schema.prisma from nothing, as Prisma itself renders it. */
export function schemaSqlFromDatamodel(): string {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  return execFileSync(
    process.execPath,
    ["node_modules/prisma/build/index.js", "migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    { cwd: process.cwd(), env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
}
