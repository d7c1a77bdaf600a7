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
      const root = typeof process.getuid === "function" && process.getuid() === 0;
      if (root && onPath("apt-get")) {
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
  }
  const pg = process.env.TEST_DATABASE_URL;
  console.log(
    pg
      ? `━━ databases: PGlite and PostgreSQL (TEST_DATABASE_URL=${pg.replace(/\/\/[^@/]*@/, "//…@")})`
      : "━━ databases: PGlite only (set TEST_DATABASE_URL=postgresql://… to run every test on PostgreSQL too)",
  );
  return problems;
}
