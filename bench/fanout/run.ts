// bench/fanout: one signal to N watching subscribers (default 10,000) on
// PostgreSQL. Measures the time until every in-app notification exists
// (fanOutSignals) and until every e-mail has been handed to an SMTP server
// (deliverDue against a real SMTP listener on loopback).
//   BENCH_DATABASE_URL=postgresql://root@127.0.0.1:5432/test npm run bench:fanout
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { connectDatabase } from "../../lib/db";
import { getEnv } from "../../lib/env";
import { createSmtpMailer } from "../../lib/mail/mailer";
import { deliverDue } from "../../lib/watch/deliver-due";
import { fanOutSignals } from "../../lib/watch/fan-out-signals";
import { createWebhookPoster } from "../../lib/watch/post-webhook";
import { recordSignal } from "../../lib/watch/record-signal";
import { scratchPostgres } from "../scratch-postgres";

const WATCHERS = Number(process.env.WATCHERS ?? 10_000);
const BASE = process.env.BENCH_DATABASE_URL ?? "postgresql://root@127.0.0.1:5432/test";
const CONCURRENCY = Number(process.env.SMTP_CONCURRENCY ?? 8);

async function main() {
  const scratch = await scratchPostgres(BASE, "mw_bench_fanout");
  let received = 0;
  let allMail: () => void = () => {};
  const mailDone = new Promise<void>((r) => (allMail = r));
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      stream.on("data", () => {});
      stream.on("end", () => {
        if (++received === WATCHERS) allMail();
        callback();
      });
    },
  });
  await new Promise<void>((r) => smtp.listen(0, "127.0.0.1", r));
  const smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}/?pool=true&maxConnections=${CONCURRENCY}`;
  const handle = await connectDatabase(getEnv({ NODE_ENV: "production", DATABASE_URL: scratch.url, NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret" }));
  try {
    const db = handle.db;
    const model = await db.model.create({ data: { slug: "happyhorse-1-0", name: "HappyHorse 1.0" } });
    const users = Array.from({ length: WATCHERS }, (_, i) => ({ id: `bench-user-${i}`, email: `watcher-${i}@bench.local` }));
    await db.user.createMany({ data: users });
    await db.watchlistEntry.createMany({ data: users.map((u) => ({ userId: u.id, modelId: model.id })) });
    await db.$transaction((tx) => recordSignal(tx, { type: "CLAIM_VERIFIED", verified: true, title: "Claim verified: a public API is documented", modelId: model.id }));

    const t0 = performance.now();
    const fan = await fanOutSignals(db);
    const tInApp = performance.now() - t0;
    const notifications = await db.notification.count();
    if (notifications !== WATCHERS) throw new Error(`expected ${WATCHERS} notifications, found ${notifications}`);

    const transport = {
      mailer: process.env.BENCH_NO_SMTP ? { send: async () => void allMail() } : createSmtpMailer({ url: smtpUrl, from: "Modelwatch <no-reply@bench.local>" }),
      postWebhook: createWebhookPoster({ allowPrivate: true }),
      siteUrl: new URL("https://modelwatch.example/"),
      secret: "bench-secret-bench-secret-bench-secret",
    };
    let sent = 0;
    for (;;) {
      const r = await deliverDue(db, { transport, limit: 500, concurrency: CONCURRENCY * 2 });
      sent += r.sent;
      if (r.claimed === 0) break;
    }
    await mailDone;
    const tMail = performance.now() - t0;

    const rows = [
      ["watchers", WATCHERS.toLocaleString("en")],
      ["signals fanned out", String(fan.signals)],
      ["in-app notifications", notifications.toLocaleString("en")],
      ["time to all in-app notifications", `${(tInApp / 1000).toFixed(2)} s`],
      ["e-mails handed to SMTP", `${received.toLocaleString("en")} (deliveries marked sent: ${sent.toLocaleString("en")})`],
      ["time to all e-mails handed to SMTP (from the signal)", `${(tMail / 1000).toFixed(2)} s`],
      ["SMTP connections", String(CONCURRENCY)],
    ];
    console.log("| measure | value |\n|---|---:|");
    for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
  } finally {
    await handle.close();
    await new Promise<void>((r) => smtp.close(() => r()));
    await scratch.drop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
