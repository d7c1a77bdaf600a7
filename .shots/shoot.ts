import { chromium } from "playwright-core";
import { signInOverHttp } from "/work/wt-feeds/tests/helpers/sign-in-over-http";

const base = "http://127.0.0.1:3431";
async function main() {
  for (let i = 0; i < 120; i++) {
    try { if ((await fetch(base + "/about")).status < 500) break; } catch {}
    await new Promise((r) => setTimeout(r, 1000));
  }
  const cookie = await signInOverHttp(base, "editor@modelwatch.local", "modelwatch-editor");
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  for (const scheme of ["light", "dark"] as const) {
    for (const width of [1280, 375]) {
      const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      await ctx.addCookies([{ name: cookie.name, value: cookie.value, url: base }]);
      const page = await ctx.newPage();
      const errors: string[] = [];
      page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
      page.on("pageerror", (e) => errors.push(e.message));
      const res = await page.goto(base + "/editor/feeds");
      console.log(scheme, width, res?.status(), errors);
      await page.screenshot({ path: `/tmp/feeds-shots/feeds-${width}-${scheme}.png`, fullPage: true });
      await ctx.close();
    }
  }
  await browser.close();
}
main().catch((e) => { console.error(e); process.exit(1); });
