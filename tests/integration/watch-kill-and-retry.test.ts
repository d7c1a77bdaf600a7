// A delivery worker (`mw deliver --once`, its own process) is SIGKILLed in the
// middle of sending; a second run after the lease expires sends the rest.
// From the subscribers' side every notification arrives, and any that was in
// flight at the kill arrives again under the same idempotency key / Message-ID.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectDatabase, type DatabaseHandle } from "@/lib/db";
import { createWebhook } from "@/lib/watch/manage-webhooks";
import { recordSignal } from "@/lib/watch/record-signal";
import { startSmtpListener, type SmtpListener } from "../helpers/smtp-listener";
import { spawnTsx } from "../helpers/spawn-tsx";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";
import { startWebhookReceiver, verifySignature, type WebhookReceiver } from "../helpers/webhook-receiver";

const WATCHERS = 40;
const KILL_AFTER_HOOKS = 12;
const LEASE_SECONDS = 2;

describe.each(testDatabaseKinds())("kill-and-retry delivery on %s", (kind) => {
  let test: TestDatabase;
  let db: DatabaseHandle;
  let smtp: SmtpListener;
  let hooks: WebhookReceiver;
  let kill: (() => void) | null = null;

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    db = test;
    smtp = await startSmtpListener();
    hooks = await startWebhookReceiver({ onRequest: () => kill?.() });
  });
  afterAll(async () => {
    await smtp?.close();
    await hooks?.close();
    if (kind === "postgres") await test?.destroy();
    else {
      await db?.close();
      fs.rmSync(test.vars.MODELWATCH_DATA_DIR!, { recursive: true, force: true });
    }
  });

  it("delivers every notification on every channel, none lost, duplicates only under the same key", async () => {
    const model = await db.db.model.create({ data: { slug: "happyhorse-1-0", name: "HappyHorse 1.0" } });
    const secrets = new Map<string, string>();
    for (let i = 0; i < WATCHERS; i++) {
      const user = await db.db.user.create({ data: { email: `watcher-${i}@test.local` }, select: { id: true, email: true } });
      await db.db.watchlistEntry.create({ data: { userId: user.id, modelId: model.id } });
      const actor = { userId: user.id, email: user.email, name: null, role: "SUBSCRIBER" as const, via: "token" as const };
      const { secret } = await createWebhook(db.db, actor, hooks.url, { allowPrivate: true });
      secrets.set(user.id, secret);
    }
    await db.db.$transaction((tx) => recordSignal(tx, { type: "CLAIM_VERIFIED", verified: true, title: "Claim verified: public API", modelId: model.id }));

    const vars = { ...test.vars, NODE_ENV: "test", SMTP_URL: smtp.url, WEBHOOK_ALLOW_PRIVATE_NETWORKS: "true", NEXTAUTH_URL: "http://modelwatch.test" };
    if (kind === "pglite") await db.close(); // one process at a time on an embedded data directory

    const first = spawnTsx("scripts/mw.ts", ["deliver", "--once", "--lease-seconds", String(LEASE_SECONDS)], vars);
    kill = () => {
      if (hooks.received.length >= KILL_AFTER_HOOKS) first.proc.kill("SIGKILL");
    };
    expect(await first.exited).toBe("SIGKILL");
    kill = null;
    const hooksAtKill = hooks.received.length;
    expect(hooksAtKill).toBeLessThan(WATCHERS);

    await new Promise((r) => setTimeout(r, LEASE_SECONDS * 1000 + 500));
    const second = spawnTsx("scripts/mw.ts", ["deliver", "--once"], vars);
    expect(await second.exited, second.output()).toBe(0);

    if (kind === "pglite") db = await connectDatabase(test.env);
    const notifications = await db.db.notification.findMany({ select: { id: true, userId: true } });
    expect(notifications).toHaveLength(WATCHERS);
    const pending = await db.db.delivery.count({ where: { status: { not: "SENT" } } });
    expect(pending).toBe(0);

    // Webhooks: every notification's key arrived, signatures valid, redelivery only under the same key.
    const expectedKeys = new Set((await db.db.delivery.findMany({ where: { channel: "WEBHOOK" }, select: { idempotencyKey: true } })).map((d) => d.idempotencyKey));
    expect(expectedKeys.size).toBe(WATCHERS);
    const keys = hooks.received.map((h) => h.key);
    expect(new Set(keys)).toEqual(expectedKeys);
    const duplicates = keys.length - new Set(keys).size;
    expect(duplicates).toBeLessThanOrEqual(8); // at most the sends in flight when it was killed
    const owners = new Map((await db.db.delivery.findMany({ where: { channel: "WEBHOOK" }, select: { idempotencyKey: true, userId: true } })).map((d) => [d.idempotencyKey, d.userId]));
    expect(hooks.received.every((h) => verifySignature(secrets.get(owners.get(h.key)!)!, h.signature, h.raw))).toBe(true);

    // E-mail: one Message-ID per watcher; a resent mail carries the same one.
    const ids = smtp.received.map((m) => /^Message-ID:\s*(<[^>]+>)/im.exec(m.raw)?.[1]);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(WATCHERS);
    expect(new Set(smtp.received.flatMap((m) => m.to)).size).toBe(WATCHERS);
  }, 120_000);
});
