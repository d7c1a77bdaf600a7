// A new watcher is told about what happens from then on, never about the past:
// a signal recorded before a watch, a channel or a webhook existed, and not yet
// fanned out when they were added, reaches nobody through them (issue 13).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUT as putWatch } from "@/app/api/v1/me/watchlist/[slug]/route";
import { POST as postWebhook } from "@/app/api/v1/me/webhooks/route";
import { fanOutSignals } from "@/lib/watch/fan-out-signals";
import { recordSignal } from "@/lib/watch/record-signal";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";
import { callRoute, createTestUser, TEST_ORIGIN, useAsAppDatabase, type TestUser } from "../helpers/route-harness";

/** Timestamps have millisecond resolution: keep "before" and "after" apart. */
const tick = () => new Promise((r) => setTimeout(r, 5));

describe.each(testDatabaseKinds())("no backlog for new watchers on %s", (kind) => {
  let db: TestDatabase;
  let modelId: string;

  beforeAll(async () => {
    process.env.WEBHOOK_ALLOW_PRIVATE_NETWORKS = "true";
    db = await openTestDatabase(kind);
    useAsAppDatabase(db);
    modelId = (await db.db.model.create({ data: { slug: "happyhorse-1-0", name: "HappyHorse 1.0" } })).id;
  });
  afterAll(() => db?.destroy());

  const as = (u: TestUser) => ({ cookie: u.cookie, origin: TEST_ORIGIN });
  const watch = (u: TestUser, body?: Record<string, unknown>) =>
    callRoute(putWatch, { method: "PUT", path: "/api/v1/me/watchlist/happyhorse-1-0", params: { slug: "happyhorse-1-0" }, headers: as(u), body });
  const signal = async (title: string) => {
    await db.db.$transaction((tx) => recordSignal(tx, { type: "LIFECYCLE_CHANGED", title, modelId, payload: { from: "ARENA_ONLY", to: "ANNOUNCED" } }));
    await tick();
  };
  const notificationsOf = (u: TestUser) =>
    db.db.notification.findMany({
      where: { userId: u.id },
      select: { inbox: true, email: true, signal: { select: { title: true } }, deliveries: { select: { channel: true, webhookId: true } } },
      orderBy: { createdAt: "asc" },
    });

  it("signal, then watch, then fan-out: nothing; watch, then signal: one", async () => {
    const user = await createTestUser(db, "SUBSCRIBER");
    await signal("before the watch");
    expect((await watch(user)).status).toBe(200);
    await tick();
    await fanOutSignals(db.db);
    expect(await notificationsOf(user)).toEqual([]);

    await signal("after the watch");
    await fanOutSignals(db.db);
    expect((await notificationsOf(user)).map((n) => n.signal.title)).toEqual(["after the watch"]);
  });

  it("a channel added to a watch, and a webhook added later, get only what happens after they were added", async () => {
    const user = await createTestUser(db, "SUBSCRIBER");
    expect((await watch(user, { channels: ["INBOX"] })).status).toBe(200);
    await tick();
    await signal("inbox only");
    expect((await watch(user, { channels: ["INBOX", "EMAIL", "WEBHOOK"] })).status).toBe(200);
    const hook = await callRoute(postWebhook, { method: "POST", path: "/api/v1/me/webhooks", headers: as(user), body: { url: "http://127.0.0.1:9/hook" } });
    expect(hook.status).toBe(201);
    await tick();
    await signal("every channel");
    await fanOutSignals(db.db);

    const [old, fresh] = await notificationsOf(user);
    expect(old).toMatchObject({ inbox: true, email: false, deliveries: [], signal: { title: "inbox only" } });
    expect(fresh).toMatchObject({ inbox: true, email: true, signal: { title: "every channel" } });
    expect(fresh!.deliveries.map((d) => d.channel).sort()).toEqual(["EMAIL", "WEBHOOK"]);
  });
});
