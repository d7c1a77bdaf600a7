/**
 * The database's share of a cold ingest at its floor: the same rows the
 * pipeline stores (read from the same bodies, untimed), written by plain
 * INSERTs — one per feed, in a transaction of its own, 8 connections, no
 * Prisma, no dedupe lookups, clustering, model links, proposals or signals —
 * into a copy of the NewsItem table with its indexes. PostgreSQL only: the
 * bench's target names it, and PGlite runs inside the ingest's own process.
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import pg from "pg";
import { titleTokens } from "@/lib/news/cluster/title-tokens";
import { decodeFeedBody } from "@/lib/news/ingest/decode-feed-body";
import { parseFeed, type NormalizedFeedItem } from "@/lib/news/ingest/parse-feed";

const CONNECTIONS = 8;

/**
 * CPU time (ms) used so far by this machine's processes named postgres, or null when none is
 * visible (a remote server). Backends of a pool live through a run, so two readings bracket it.
 */
export function postgresCpuMs(): number | null {
  let total = 0;
  let seen = false;
  for (const pid of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    } catch {
      continue; // exited meanwhile
    }
    if (!stat.includes(" (postgres) ")) continue;
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    total += ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 1/100 s
    seen = true;
  }
  return seen ? total : null;
}

export interface StorageFloor {
  ms: number;
  postgresCpuMs: number | null;
  rows: number;
}

export async function storageFloor(databaseUrl: string, bodies: readonly Buffer[]): Promise<StorageFloor> {
  const feeds: NormalizedFeedItem[][] = [];
  for (const [i, body] of bodies.entries()) {
    const text = decodeFeedBody(body, "application/rss+xml; charset=utf-8").text;
    feeds.push((await parseFeed(text, { url: `https://floor.example/feed/${i}.xml`, fetchedAt: new Date() })).items);
  }
  const pool = new pg.Pool({ connectionString: databaseUrl, max: CONNECTIONS });
  try {
    await pool.query(`DROP TABLE IF EXISTS "BenchFloorItem"; CREATE TABLE "BenchFloorItem" (LIKE "NewsItem" INCLUDING ALL)`);
    const clients = await Promise.all(Array.from({ length: CONNECTIONS }, () => pool.connect()));
    const now = new Date().toISOString();
    let next = 0;
    const cpuBefore = postgresCpuMs();
    const start = performance.now();
    await Promise.all(
      clients.map(async (client) => {
        try {
          for (let f = next++; f < feeds.length; f = next++) {
            const feedId = randomUUID();
            const rows = feeds[f]!.map((i) => ({
              id: randomUUID(),
              feedId,
              guidHash: i.guidHash,
              url: i.link,
              canonicalUrl: i.canonicalUrl,
              title: i.title,
              titleTokens: titleTokens(i.title),
              author: i.author,
              summary: i.summaryHtml,
              content: i.contentHtml,
              publishedAt: i.publishedAt.toISOString(),
            }));
            await client.query("BEGIN");
            await client.query(
              `INSERT INTO "BenchFloorItem" ("id", "feedId", "guidHash", "url", "canonicalUrl", "title", "titleTokens", "author", "summary", "content",
                 "publishedAt", "reviewStatus", "fetchedAt", "createdAt", "updatedAt")
               SELECT r."id", r."feedId", r."guidHash", r."url", r."canonicalUrl", r."title", r."titleTokens", r."author", r."summary", r."content",
                 r."publishedAt", 'NEW', $2::timestamp(3), $2::timestamp(3), $2::timestamp(3)
               FROM jsonb_to_recordset($1::jsonb) AS r("id" text, "feedId" text, "guidHash" text, "url" text, "canonicalUrl" text, "title" text,
                 "titleTokens" text[], "author" text, "summary" text, "content" text, "publishedAt" timestamp(3))`,
              [JSON.stringify(rows), now],
            );
            await client.query("COMMIT");
          }
        } finally {
          client.release();
        }
      }),
    );
    const ms = performance.now() - start;
    const cpuAfter = postgresCpuMs();
    const rows = Number((await pool.query(`SELECT count(*) AS n FROM "BenchFloorItem"`)).rows[0].n);
    await pool.query(`DROP TABLE "BenchFloorItem"`);
    return { ms, postgresCpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore, rows };
  } finally {
    await pool.end();
  }
}
