import { randomUUID } from "node:crypto";
import type { Db, Tx } from "..";
import { hashPassword } from "../../auth/password";
import { recordClaimProposals } from "../../news/proposals/record-claim-proposals";
import { buildDemoRows, demoId } from "./build-demo-rows";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { DEMO_NEWS } from "./demo-news";
import { seedLmarenaImageBoard } from "./seed-lmarena-image-board";

export interface SeedResult {
  seeded: boolean;
}

/** The marker row: written last, in the same transaction, so it exists only if everything else does. */
export const DEMO_SEED_MARKER_KEY = "demo.seed";
export const DEMO_SEED_VERSION = 1;

/** Serialises concurrent seeders (several instances booting at once on one PostgreSQL). */
const SEED_LOCK_KEY = 727_0002;

async function isSeeded(db: Db | Tx): Promise<boolean> {
  return (await db.setting.findUnique({ where: { key: DEMO_SEED_MARKER_KEY }, select: { key: true } })) !== null;
}

/**
 * Seeds the illustrative demo data (models, claims, ratings, news, demo
 * accounts) in one transaction: a crash mid-way leaves nothing behind, and a
 * second call finds the marker and does nothing.
 */
export async function seedDemoData(db: Db, opts: { log?: (msg: string) => void } = {}): Promise<SeedResult> {
  const log = opts.log ?? (() => {});
  // Cheap check first: this runs on every server start, and bcrypt is slow.
  if (await isSeeded(db)) return { seeded: false };

  const started = Date.now();
  const accounts = Object.values(DEMO_ACCOUNTS);
  const hashes = await Promise.all(accounts.map((a) => hashPassword(a.password)));

  const seeded = await db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
      // Decided again under the lock: another process may have seeded meanwhile.
      if (await isSeeded(tx)) return null;

      // skipDuplicates: an operator who already created one of these addresses keeps their account.
      await tx.user.createMany({
        data: accounts.map((a, i) => ({
          id: randomUUID(),
          email: a.email,
          name: a.name,
          role: a.role,
          passwordHash: hashes[i] ?? null,
          isDemo: true,
          emailVerifiedAt: new Date(),
        })),
        skipDuplicates: true,
      });
      const editor = await tx.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.editor.email }, select: { id: true } });
      const rows = buildDemoRows(editor.id);

      // Order follows the foreign keys.
      await tx.organization.createMany({ data: rows.organizations });
      await tx.model.createMany({ data: rows.models });
      log(`seeding: ${rows.models.length} models written, ratings, news and claims next (one transaction)`);
      await tx.modelAlias.createMany({ data: rows.aliases });
      await tx.lifecycleEvent.createMany({ data: rows.lifecycle });
      await tx.leaderboard.createMany({ data: rows.leaderboards });
      await tx.eloSnapshot.createMany({ data: rows.snapshots });
      await tx.feed.createMany({ data: rows.feeds });
      await tx.newsCluster.createMany({ data: rows.clusters });
      await tx.newsItem.createMany({ data: rows.news });
      await tx.newsModelLink.createMany({ data: rows.newsLinks });
      await tx.claim.createMany({ data: rows.claims.claims });
      await tx.claimSource.createMany({ data: rows.claims.sources });
      await tx.claimEvent.createMany({ data: rows.claims.events });
      // The items still to review propose claim changes exactly as ingest would, against these claims.
      const toReview = DEMO_NEWS.filter((n) => n.status === "NEW").map((n) => ({
        id: demoId.news(n.key),
        title: n.title,
        suggestedCategories: n.categories,
      }));
      const ids = new Set(toReview.map((n) => n.id));
      await recordClaimProposals(tx, toReview, rows.newsLinks.filter((l) => ids.has(l.newsItemId)));
      await seedLmarenaImageBoard(tx);

      await tx.setting.create({
        data: {
          key: DEMO_SEED_MARKER_KEY,
          value: {
            version: DEMO_SEED_VERSION,
            seededAt: new Date().toISOString(),
            models: rows.models.length,
            claims: rows.claims.claims.length,
            snapshots: rows.snapshots.length,
            news: rows.news.length,
          },
        },
      });
      return rows;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  if (!seeded) return { seeded: false };
  log(
    `demo data seeded in ${Date.now() - started} ms: ${seeded.models.length} models, ${seeded.claims.claims.length} claims, ` +
      `${seeded.snapshots.length} rating snapshots, ${seeded.news.length} news items`,
  );
  return { seeded: true };
}
