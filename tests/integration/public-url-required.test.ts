// Links in mails and webhooks are built from the site's public URL (issue 13): in production a
// process that sends them refuses to start without NEXTAUTH_URL, naming the variable, rather
// than sending http://localhost:3000/... to subscribers. Given the URL, the same command runs.
import { spawn } from "node:child_process";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { makeTempDir } from "../helpers/test-databases";

function runMw(args: string[], vars: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...vars };
  for (const key of ["DATABASE_URL", "NEXTAUTH_URL", "SMTP_URL"]) if (!(key in vars)) delete env[key];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/mw.ts", ...args], { cwd: process.cwd(), env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

describe("the public URL in production", () => {
  it("a worker and `mw deliver` refuse to start without NEXTAUTH_URL, naming it; with it they run", async () => {
    const dir = makeTempDir("mw-public-url-");
    const production = { NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(32), MODELWATCH_DATA_DIR: dir };
    try {
      for (const args of [["worker", "--once"], ["deliver", "--once"]]) {
        const refused = await runMw(args, production);
        expect(refused.code, refused.output).not.toBe(0);
        expect(refused.output).toContain("NEXTAUTH_URL: required in production by a process that sends e-mail or webhooks");
        // Refused before it opened (or created) the database.
        expect(fs.readdirSync(dir)).toEqual([]);
      }
      const ran = await runMw(["deliver", "--once"], { ...production, NEXTAUTH_URL: "https://modelwatch.example" });
      expect(ran.code, ran.output).toBe(0);
      expect(ran.output).toContain("signals fanned out: 0");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
