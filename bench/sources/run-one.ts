/**
 * One database's run of bench/sources, in its own process so its peak RSS is
 * its own. Creates the catalog, one board per source and the sources (on the
 * parent's loopback server), then:
 *  1. backfill: every source's folder of versions through backfillSource, the
 *     function `mw sources backfill` calls (readBackfillDir, then one version
 *     per transaction), one source after another as the CLI does;
 *  2. a first fetch pass (`mw sources fetch --all`'s runSourcesOnce): every
 *     source answers 200 with the body of its newest version, already stored,
 *     so each keeps the ETag and stores nothing;
 *  3. the measured pass: every source answers 304.
 * Checks that each phase did exactly its work, and prints one JSON line.
 */
import fs from "node:fs";
import path from "node:path";
import { connectDatabase, type Db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { normalizeSearchText } from "@/lib/search/normalize-search-text";
import { backfillSource, type BackfillResult } from "@/lib/sources/backfill-source";
import { readBackfillDir } from "@/lib/sources/read-backfill-dir";
import { runSourcesOnce } from "@/lib/sources/run-sources-once";
import { backendCpuMs, cpuBetween } from "./backend-cpu";
import { CATEGORIES, type BenchCorpus } from "./make-versions";

const CORPUS_DIR = process.env.BENCH_CORPUS_DIR!;
const ORIGIN = process.env.BENCH_ORIGIN!;

/** Samples the resident set size while `fn` runs: the phase's own peak. */
async function measured<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number; cpuMs: number; peakRssMb: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  const start = performance.now();
  const cpu = process.cpuUsage();
  try {
    const result = await fn();
    const used = process.cpuUsage(cpu);
    return { result, ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, peakRssMb: Math.max(peak, process.memoryUsage.rss()) / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

/**
 * Every table's row count and, where it has one, newest updatedAt, and the
 * sources' settings and validators: the 304 pass must leave all of it as it
 * found it, writing only the sources' health and schedule.
 */
async function tableState(db: Db): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ t: string; stamped: boolean }[]>`
    SELECT t.table_name::text AS t, EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_schema = 'public' AND c.table_name = t.table_name AND c.column_name = 'updatedAt') AS stamped
    FROM information_schema.tables t WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND t.table_name <> 'LeaderboardSource' ORDER BY 1`;
  const state: Record<string, string> = {};
  for (const { t, stamped } of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: bigint; at: Date | null }[]>(`SELECT count(*) AS n, ${stamped ? 'max("updatedAt")' : "NULL::timestamp"} AS at FROM "${t}"`);
    state[t] = `${row!.n} rows, newest update ${row!.at?.toISOString() ?? "—"}`;
  }
  const [sources] = await db.$queryRaw<{ digest: string }[]>`
    SELECT md5(string_agg(concat_ws('|', "id", "leaderboardId", "url", "adapter", "selector", "mapping"::text, "createModels", "intervalMinutes", "enabled",
      "disabledReason", "etag", "lastModified", "version", "createdAt"), ',' ORDER BY "id")) AS "digest" FROM "LeaderboardSource"`;
  state.LeaderboardSource = `settings and validators ${sources?.digest}`;
  return state;
}

async function setUp(db: Db, corpus: Pick<BenchCorpus, "catalog">, publications: { createModels: boolean }[]) {
  await db.model.createMany({ data: corpus.catalog.map((m) => ({ slug: m.slug, name: m.name, modalities: ["TEXT" as const], lifecycleStage: "RELEASED" as const })) });
  const ids = new Map((await db.model.findMany({ select: { id: true, slug: true } })).map((m) => [m.slug, m.id]));
  await db.modelAlias.createMany({
    data: corpus.catalog.flatMap((m) => (m.alias ? [{ modelId: ids.get(m.slug)!, alias: m.alias, normalized: normalizeSearchText(m.alias) }] : [])),
  });
  const sources: { id: string; publication: number; category: string }[] = [];
  for (const [p, pub] of publications.entries()) {
    for (const category of CATEGORIES) {
      const board = await db.leaderboard.create({
        data: { slug: `bench-arena-${p}-${category.replace(/_/g, "-")}`, name: `Bench Arena ${p} (${category})`, source: `Bench Arena ${p}`, pool: "text", modality: "TEXT", method: "PUBLISHED", minVotes: 0 },
        select: { id: true },
      });
      const source = await db.leaderboardSource.create({
        data: { leaderboardId: board.id, url: `${ORIGIN}/arena/${p}/leaderboard.json`, adapter: "lmarena-catalog", selector: category, createModels: pub.createModels },
        select: { id: true },
      });
      sources.push({ id: source.id, publication: p, category });
    }
  }
  return sources;
}

async function main(): Promise<void> {
  const meta = JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, "corpus.json"), "utf8")) as Pick<BenchCorpus, "catalog"> & {
    publications: { createModels: boolean; expected: BenchCorpus["publications"][number]["expected"] }[];
  };
  const handle = await connectDatabase(getEnv());
  const { db } = handle;
  try {
    const sources = await setUp(db, meta, meta.publications);
    const modelsBefore = await db.model.count();

    // A PostgreSQL server's work is in its processes (PGlite's is this process's own).
    const pgBefore = handle.kind === "postgres" ? await backendCpuMs(db) : null;
    const backfill = await measured(async () => {
      const results: BackfillResult[] = [];
      for (const s of sources) results.push(...(await backfillSource(db, s.id, readBackfillDir(path.join(CORPUS_DIR, `arena-${s.publication}`)))));
      return results;
    });
    const pgAfter = pgBefore === null ? null : await backendCpuMs(db);
    const stored = backfill.result.filter((r) => r.status === "stored");
    const expectedSnapshots = sources.reduce((n, s) => n + meta.publications[s.publication]!.expected[s.category as (typeof CATEGORIES)[number]].snapshots, 0);
    const expectedNames = sources.reduce((n, s) => n + meta.publications[s.publication]!.expected[s.category as (typeof CATEGORIES)[number]].names, 0);
    const after = {
      versions: await db.sourceVersion.count(),
      snapshots: await db.eloSnapshot.count(),
      names: await db.sourceName.count(),
      unmatchedNames: await db.sourceName.count({ where: { modelId: null } }),
      provisionalModels: (await db.model.count()) - modelsBefore,
      signals: await db.signal.count(),
    };

    const first = await measured(() => runSourcesOnce(db, { all: true }));
    const before304 = await tableState(db);
    const pass304 = await measured(() => runSourcesOnce(db, { all: true }));
    const after304 = await tableState(db);
    const changed = Object.keys({ ...before304, ...after304 }).filter((t) => before304[t] !== after304[t]);
    const health = await db.leaderboardSource.findMany({ select: { lastStatus: true, consecutiveErrors: true, nextFetchAt: true, leaseUntil: true } });

    process.stdout.write(
      `${JSON.stringify({
        kind: handle.kind,
        sources: sources.length,
        backfill: {
          ms: backfill.ms,
          cpuMs: backfill.cpuMs,
          postgresCpuMs: pgBefore === null || pgAfter === null ? null : cpuBetween(pgBefore, pgAfter),
          peakRssMb: backfill.peakRssMb,
          files: backfill.result.length,
          stored: stored.length,
          entries: stored.reduce((n, r) => n + r.entries, 0),
          unmatched: stored.reduce((n, r) => n + r.unmatched, 0),
          ...after,
          expectedSnapshots,
          expectedNames,
        },
        first: { ms: first.ms, cpuMs: first.cpuMs, statuses: tally(first.result.map((r) => r.status)), firstError: first.result.find((r) => r.error)?.error ?? null },
        pass304: {
          ms: pass304.ms,
          cpuMs: pass304.cpuMs,
          peakRssMb: pass304.peakRssMb,
          statuses: tally(pass304.result.map((r) => r.status)),
          tablesWritten: changed,
          healthy: health.filter((h) => h.lastStatus === 304 && h.consecutiveErrors === 0 && h.leaseUntil === null && h.nextFetchAt > new Date()).length,
        },
      })}\n`,
    );
  } finally {
    await handle.close();
  }
}

const tally = (xs: readonly string[]) => xs.reduce<Record<string, number>>((t, x) => ((t[x] = (t[x] ?? 0) + 1), t), {});

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
