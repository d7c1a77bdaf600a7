import { chromium } from "playwright-core";
const base = process.env.BASE ?? "http://127.0.0.1:3100";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
page.on("console", (m) => { if (m.type() === "error") console.log("console:", m.text()); });
await page.goto(`${base}/signin?callbackUrl=/editor`);
await page.getByLabel("E-mail").fill("editor@modelwatch.local");
await page.getByLabel("Password").fill("modelwatch-editor");
await page.getByRole("button", { name: "Sign in", exact: true }).click();
await page.waitForTimeout(2000);
for (const [name, path, act, scrollTo, width] of JSON.parse(process.env.SHOTS)) {
  await page.setViewportSize({ width: width ?? 1280, height: 900 });
  await page.goto(base + path, { waitUntil: "networkidle" });
  if (act) { for (const a of act) { await page.getByRole("button", { name: a }).first().click(); await page.waitForTimeout(500); } }
  if (scrollTo) await page.locator(scrollTo).first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/work/notes/shots/${name}.png`, fullPage: !scrollTo });
  console.log("shot", name);
}
await browser.close();
