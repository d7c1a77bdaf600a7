// Backfill on both databases: LMArena's seven image-board versions imported
// oldest first through the fetch's path, as history (no signals); a second
// run adds nothing; a malformed file refuses the whole backfill; a merge of
// a codename model carries the source's name over to the revealed model.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { mergeModels } from "@/lib/catalog/merge-models";
import { runCli } from "@/lib/cli/run-cli";
import { backfillSource } from "@/lib/sources/backfill-source";
import { reparseSource } from "@/lib/sources/reparse-source";
import { readBackfillDir } from "@/lib/sources/read-backfill-dir";
import { createTestUser } from "../helpers/route-harness";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";

const dir = path.join(process.cwd(), "tests/fixtures/leaderboard-corpus/lmarena-catalog/leaderboard-image");

describe.each(testDatabaseKinds())("source backfill on %s", (kind) => {
  let db: TestDatabase;
  let sourceId: string;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    const board = await db.db.leaderboard.create({ data: { slug: "img", name: "Image", source: "LMArena", pool: "text-to-image", modality: "TEXT_TO_IMAGE" } });
    const source = await db.db.leaderboardSource.create({
      data: { leaderboardId: board.id, url: "https://example.com/leaderboard-image.json", adapter: "lmarena-catalog", selector: "full", createModels: true, enabled: false },
    });
    sourceId = source.id;
  }, 120_000);
  afterAll(() => db.destroy());

  it("imports every version oldest first as dated history, without signals; a second run adds nothing", async () => {
    const files = readBackfillDir(dir);
    expect(files.map((f) => f.date.toISOString().slice(0, 10))).toEqual(["2025-03-14", "2025-04-04", "2025-04-24", "2025-05-27", "2025-11-05", "2025-11-06", "2025-12-11"]);
    const first = await backfillSource(db.db, sourceId, files);
    expect(first.map((r) => [r.status, r.entries, r.unmatched])).toEqual([8, 8, 8, 8, 25, 27, 34].map((n) => ["stored", n, 0]));
    const versions = await db.db.sourceVersion.findMany({ where: { sourceId }, orderBy: { versionDate: "asc" } });
    expect(versions.every((v) => v.backfilled)).toBe(true);
    expect(versions.map((v) => v.versionDate.toISOString())).toEqual(files.map((f) => f.date.toISOString()));
    // One history point per version for a model present throughout.
    const dalle = await db.db.eloSnapshot.findMany({ where: { model: { slug: "dall-e-3" } }, orderBy: { capturedAt: "asc" } });
    expect(dalle.map((s) => s.capturedAt.toISOString())).toEqual(files.map((f) => f.date.toISOString()));
    expect(await db.db.signal.count()).toBe(0);

    const before = { versions: await db.db.sourceVersion.count(), snapshots: await db.db.eloSnapshot.count(), models: await db.db.model.count() };
    const second = await backfillSource(db.db, sourceId, files);
    expect(second.every((r) => r.status === "already-there")).toBe(true);
    expect({ versions: await db.db.sourceVersion.count(), snapshots: await db.db.eloSnapshot.count(), models: await db.db.model.count() }).toEqual(before);
  });

  it("refuses a folder with a malformed file before writing anything, and reports usage errors", async () => {
    const bad = [{ name: "2026-01-01_bad.json", date: new Date("2026-01-01T12:00:00Z"), body: Buffer.from('{"full":{"m":{"rating":"high"}}}') }];
    const before = await db.db.sourceVersion.count();
    await expect(backfillSource(db.db, sourceId, bad)).rejects.toThrow('2026-01-01_bad.json: full["m"].rating must be a number, got "high". Nothing was imported.');
    expect(await db.db.sourceVersion.count()).toBe(before);
    const err: string[] = [];
    const io = { out: () => {}, err: (l: string) => void err.push(l) };
    expect(await runCli(["sources", "backfill", "--source", sourceId], io)).toBe(2);
    expect(err[0]).toBe("Missing DIR, the folder of versions.");
  });

  it("carries a codename's source name over when the codename model is merged into the revealed one", async () => {
    const editor = await createTestUser(db, "EDITOR");
    const actor: Actor = { userId: editor.id, email: editor.email, name: null, role: "EDITOR", via: "token" };
    const codename = await db.db.sourceName.findFirstOrThrow({ where: { sourceId, sourceKey: "nano-banana-public" }, include: { model: true } });
    await db.db.model.create({ data: { slug: "gemini-2-5-flash-image", name: "Gemini 2.5 Flash Image" } });
    await mergeModels(db.db, actor, codename.model!.slug, { into: "gemini-2-5-flash-image", note: "Google confirmed nano-banana" });
    const after = await db.db.sourceName.findUniqueOrThrow({ where: { id: codename.id }, include: { model: true } });
    expect(after.model?.slug).toBe("gemini-2-5-flash-image");
    expect(await db.db.eloSnapshot.count({ where: { model: { slug: "gemini-2-5-flash-image" }, displayLabel: "nano-banana-public" } })).toBe(1);
  });

  it("re-reads every kept version with the source's settings as they are now (mw sources reparse)", async () => {
    await db.db.leaderboardSource.update({ where: { id: sourceId }, data: { selector: "not_preset_generation" } });
    const results = await reparseSource(db.db, sourceId);
    expect(results.map((r) => r.status)).toEqual(Array(7).fill("reparsed"));
    const files = readBackfillDir(dir);
    const first = JSON.parse(files[0]!.body.toString("utf8")) as Record<string, Record<string, { rating: number }>>;
    const snap = await db.db.eloSnapshot.findFirstOrThrow({ where: { model: { slug: "dall-e-3" }, capturedAt: files[0]!.date } });
    expect(snap.rating).toBeCloseTo(first.not_preset_generation!["dall-e-3"]!.rating, 6);
    expect(await db.db.signal.count({ where: { type: { in: ["RATING_MOVED", "RANK_CHANGED", "NEW_CONTENDER"] } } })).toBe(0);
  });
});
