import { openDatabase, closeDb } from "../lib/db";
(async () => {
  const t = Date.now();
  const { db, label } = await openDatabase(console.log);
  console.log(label, Date.now() - t, "ms");
  console.log(await db.model.count());
  await db.organization.create({ data: { slug: "x" + Date.now(), name: "X" } });
  console.log(await db.organization.count());
  await closeDb();
})().catch((e) => { console.error(e); process.exit(1); });
