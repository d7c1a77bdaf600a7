// What `npm test`'s steps need from the machine, checked before the first step runs,
// so a missing browser stops the run at once instead of after typecheck, lint, unit and
// integration have taken minutes. What can be installed (Debian's chromium, as root) is.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const candidate = path.join(dir, name);
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  return null;
}

function findChromium(): string | null {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return fs.existsSync(configured) ? configured : null;
  return onPath("chromium") ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : null);
}

function hasCjkFont(): boolean {
  const r = spawnSync("fc-list", [":lang=zh"], { encoding: "utf8" });
  return r.status === 0 && r.stdout.trim().length > 0;
}

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

function aptInstall(pkg: string): boolean {
  const run = (args: string[]) =>
    spawnSync("apt-get", args, {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    }).status === 0;
  return run(["update", "-qq"]) && run(["install", "-y", "-qq", pkg]);
}

/**
 * Returns the problems that stop the run (empty when everything is there); sets
 * CHROMIUM_PATH for the end-to-end step when it finds or installs the browser.
 */
export function ensureTestPrerequisites(steps: { e2e: boolean }): string[] {
  const problems: string[] = [];
  if (steps.e2e) {
    let chromium = findChromium();
    if (!chromium && process.env.CHROMIUM_PATH) {
      problems.push(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist: fix it, or unset it to use Debian's chromium`);
    } else if (!chromium) {
      if (isRoot() && onPath("apt-get")) {
        console.log("━━ the end-to-end tests need a browser: installing Debian's chromium (apt-get install -y chromium)…");
        chromium = aptInstall("chromium") ? findChromium() : null;
        if (!chromium) problems.push("apt-get could not install chromium: run `apt-get update && apt-get install -y chromium` and see why");
      } else {
        problems.push(
          "the end-to-end tests need Chromium and none is installed: run `sudo apt-get install -y chromium` " +
            "(Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium binary, then `npm test` again",
        );
      }
    }
    if (chromium) {
      process.env.CHROMIUM_PATH = chromium;
      console.log(`━━ browser for the end-to-end tests: ${chromium}`);
    }
    // Without a font that has Chinese, Japanese and Korean glyphs, Chromium draws CJK news as
    // empty boxes and the CJK end-to-end test fails on what a reader would see.
    if (!hasCjkFont()) {
      if (isRoot() && onPath("apt-get")) {
        console.log("━━ the end-to-end tests need a CJK font: installing Debian's fonts-wqy-microhei…");
        if (!aptInstall("fonts-wqy-microhei") || !hasCjkFont()) problems.push("apt-get could not install fonts-wqy-microhei: run `apt-get install -y fonts-wqy-microhei` and see why");
      } else {
        problems.push("the end-to-end tests need a font with CJK glyphs: run `sudo apt-get install -y fonts-wqy-microhei` (Debian/Ubuntu), then `npm test` again");
      }
    }
  }
  const pg = process.env.TEST_DATABASE_URL;
  console.log(
    pg
      ? `━━ databases: PGlite and PostgreSQL (TEST_DATABASE_URL=${pg.replace(/\/\/[^@/]*@/, "//…@")})`
      : "━━ databases: PGlite only (set TEST_DATABASE_URL=postgresql://… to run every test on PostgreSQL too)",
  );
  return problems;
}
