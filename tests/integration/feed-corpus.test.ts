import fs from "node:fs";
import path from "node:path";
import { decodeHTML } from "entities";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FeedFetchError } from "@/lib/news/ingest/feed-fetch-error";
import type { ParsedFeed } from "@/lib/news/ingest/parse-feed";
import { readFeed } from "@/lib/news/ingest/read-feed";
import { startFeedServer, type FeedServer } from "../helpers/feed-server";
import { findExecutable } from "../helpers/find-executable";

// The corpus lives beside the checkout (see its README); a missing corpus is a failure, never a skip.
// feedparser's test corpus (BSD-2-Clause, see its LICENSE), copied from ../shared/corpora/feeds so
// the test runs wherever the repository is cloned.
const corpusDir = path.resolve(process.cwd(), "tests/fixtures/feed-corpus");

interface Reference {
  feed?: { title: string | null; link: string | null };
  entries?: Array<{ title?: string | null; link?: string | null }>;
  error?: string;
}
interface Expectation {
  path: string;
  headers: Record<string, string>;
  reference: Reference;
}
type Outcome = { feed: ParsedFeed } | { error: unknown };

const squash = (s: string) => s.replace(/\s+/g, "");
/** feedparser keeps markup in titles; ours are plain text: compare the text, ignoring whitespace. */
const referenceTitle = (s: string) => squash(decodeHTML(s.replace(/<[^>]*>/g, "")));
function sameLink(ours: string | null | undefined, reference: string, documentUrl: string): boolean {
  if (!ours) return squash(reference) === "";
  try {
    return new URL(squash(reference), documentUrl).href === new URL(ours).href;
  } catch {
    return squash(reference) === squash(ours);
  }
}

/** wellformed/<sub>, else the top folder (encoding/ holds files, illformed/ has a few subfolders). */
function folderOf(file: string): string {
  const parts = file.split("/");
  return parts[0] === "wellformed" ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i]!);
      }
    }),
  );
  return results;
}

describe("feed corpus (feedparser's test suite, served over HTTP)", () => {
  let server: FeedServer;
  let expectations: Expectation[] = [];
  const outcomes = new Map<string, Outcome>();

  beforeAll(async () => {
    if (!fs.existsSync(path.join(corpusDir, "expectations.json"))) {
      throw new Error(`Feed corpus not found at ${corpusDir} (tests/fixtures/feed-corpus, copied from ../shared/corpora/feeds).`);
    }
    expectations = JSON.parse(fs.readFileSync(path.join(corpusDir, "expectations.json"), "utf8")) as Expectation[];
    const byPath = new Map(expectations.map((e) => [`/${e.path}`, e]));
    server = await startFeedServer((req, res) => {
      const entry = byPath.get(decodeURIComponent((req.url ?? "").split("?")[0]!));
      if (!entry) return res.writeHead(404).end();
      res.writeHead(200, entry.headers).end(fs.readFileSync(path.join(corpusDir, entry.path)));
    });
    const started = Date.now();
    await mapLimited(expectations, 8, async (entry) => {
      try {
        const result = await readFeed(`${server.origin}/${entry.path}`, { allowPrivateNetworks: true });
        outcomes.set(entry.path, result.kind === "fetched" ? { feed: result.feed } : { error: new Error("304") });
      } catch (error) {
        outcomes.set(entry.path, { error });
      }
    });
    console.log(`corpus: ${expectations.length} files read in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  afterAll(async () => {
    await server?.close();
  });

  it("reads every file to items or a typed feed error (no crash, no hang)", () => {
    expect(outcomes.size).toBe(expectations.length);
    const untyped = [...outcomes].filter(([, o]) => "error" in o && !(o.error instanceof FeedFetchError));
    expect(untyped.map(([file, o]) => `${file}: ${String((o as { error: unknown }).error)}`)).toEqual([]);
  });

  it("agrees with feedparser on titles and links (≥ 95% on wellformed/ outside sanitize/)", () => {
    const table = new Map<string, { files: number; errors: number; fields: number; agreed: number }>();
    const misses: string[] = [];
    for (const entry of expectations) {
      const row = table.get(folderOf(entry.path)) ?? { files: 0, errors: 0, fields: 0, agreed: 0 };
      table.set(folderOf(entry.path), row);
      row.files++;
      const outcome = outcomes.get(entry.path)!;
      const feed = "feed" in outcome ? outcome.feed : null;
      if (!feed) row.errors++;
      const documentUrl = `${server.origin}/${entry.path}`;
      const check = (what: string, reference: string | null | undefined, agrees: boolean) => {
        if (reference === null || reference === undefined) return;
        row.fields++;
        if (agrees) row.agreed++;
        else misses.push(`${entry.path} ${what}: ${JSON.stringify(reference)}`);
      };
      const ref = entry.reference;
      check("feed.title", ref.feed?.title, referenceTitle(ref.feed?.title ?? "") === squash(feed?.title ?? ""));
      check("feed.link", ref.feed?.link, sameLink(feed?.link, ref.feed?.link ?? "", documentUrl));
      (ref.entries ?? []).forEach((refEntry, i) => {
        const item = feed?.items[i];
        check(`entries[${i}].title`, refEntry.title, referenceTitle(refEntry.title ?? "") === squash(item?.title ?? ""));
        check(`entries[${i}].link`, refEntry.link, sameLink(item?.link, refEntry.link ?? "", documentUrl));
      });
    }
    const lines = ["folder | files | feed errors | fields | agreed | agreement", "---|---:|---:|---:|---:|---:"];
    const total = { files: 0, errors: 0, fields: 0, agreed: 0 };
    for (const [folder, row] of [...table].sort(([a], [b]) => a.localeCompare(b))) {
      const pct = row.fields ? ((100 * row.agreed) / row.fields).toFixed(1) : "–";
      lines.push(`${folder} | ${row.files} | ${row.errors} | ${row.fields} | ${row.agreed} | ${pct}%`);
      if (folder.startsWith("wellformed/") && folder !== "wellformed/sanitize") {
        total.files += row.files;
        total.errors += row.errors;
        total.fields += row.fields;
        total.agreed += row.agreed;
      }
    }
    const rate = total.agreed / total.fields;
    lines.push(`**wellformed/ outside sanitize/** | ${total.files} | ${total.errors} | ${total.fields} | ${total.agreed} | ${(100 * rate).toFixed(1)}%`);
    console.log(lines.join("\n"));
    if (process.env.FEED_CORPUS_VERBOSE) console.log(misses.join("\n"));
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });

  it("keeps nothing executable from sanitize/", () => {
    const found: string[] = [];
    for (const entry of expectations.filter((e) => e.path.startsWith("wellformed/sanitize/"))) {
      const outcome = outcomes.get(entry.path)!;
      if (!("feed" in outcome)) continue;
      for (const problem of findExecutable(outcome.feed)) found.push(`${entry.path}: ${problem}`);
    }
    expect(found).toEqual([]);
  });
});
