// `npm test`: typecheck, lint, then the unit, integration and end-to-end suites.
// Every step runs even if an earlier one failed, so one run shows everything;
// the last line sums the test counts and the exit code says whether all passed.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ensureTestPrerequisites } from "./ensure-test-prerequisites";

const root = path.resolve(__dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const resultsDir = path.join(root, "test-results");
fs.mkdirSync(resultsDir, { recursive: true });

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: {
    name: string;
    assertionResults: { fullName: string; status: string; failureMessages?: string[] }[];
  }[];
}

const only = process.argv.slice(2); // e.g. `npm test -- unit integration`
const wanted = (step: string) => only.length === 0 || only.includes(step);
const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps: string[] = [];
// Repeated at the very end so that a log cut to its tail still names what failed.
const failedTests: string[] = [];

function run(step: string, cmd: string, args: string[]): boolean {
  console.log(`\n━━ ${step}: ${[path.basename(cmd), ...args].join(" ")}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: process.env });
  const ok = r.status === 0;
  console.log(`━━ ${step} ${ok ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (!ok) failedSteps.push(step);
  return ok;
}

const missing = ensureTestPrerequisites({ e2e: wanted("e2e") });
if (process.env.CI && !process.env.TEST_DATABASE_URL && (wanted("integration") || wanted("e2e"))) {
  missing.push("CI=true but TEST_DATABASE_URL is not set: the PostgreSQL tests would not run");
}
if (missing.length) {
  console.error(`\nnpm test cannot start:\n${missing.map((m) => `  - ${m}`).join("\n")}`);
  console.log("\n0 passed, 1 failed, 0 skipped");
  process.exit(1);
}

if (wanted("typecheck")) run("typecheck", "npm", ["run", "--silent", "typecheck"]);
if (wanted("lint")) run("lint", bin("eslint"), [".", "--max-warnings=0"]);

for (const project of ["unit", "integration", "e2e"]) {
  if (!wanted(project)) continue;
  const out = path.join(resultsDir, `vitest-${project}.json`);
  fs.rmSync(out, { force: true });
  run(project, bin("vitest"), [
    "run",
    "--project",
    project,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${out}`,
  ]);
  if (!fs.existsSync(out)) {
    totals.failed += 1; // the suite crashed before reporting: count it as a failure
    continue;
  }
  const json = JSON.parse(fs.readFileSync(out, "utf8")) as VitestJson;
  totals.passed += json.numPassedTests;
  totals.failed += json.numFailedTests;
  totals.skipped += json.numPendingTests + json.numTodoTests;
  for (const file of json.testResults) {
    for (const t of file.assertionResults) {
      if (t.status !== "failed") continue;
      const why = (t.failureMessages?.[0] ?? "").split("\n").slice(0, 3).join(" | ").slice(0, 400);
      failedTests.push(`${project}: ${path.relative(root, file.name)} > ${t.fullName}\n    ${why}`);
    }
  }
}

if (failedTests.length) console.log(`\nFailed tests:\n${failedTests.map((t) => `  ${t}`).join("\n")}`);
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(", ")}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps.length || totals.failed ? 1 : 0);
