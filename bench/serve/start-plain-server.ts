import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface PlainServer {
  url: string;
  stop(): Promise<void>;
}

const tsxBin = path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");

/** Starts bench/serve/plain-server.ts in its own process, serving `body` with `contentType`. */
export async function startPlainServer(body: Buffer, contentType: string): Promise<PlainServer> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "mw-plain-")), "body");
  fs.writeFileSync(file, body);
  const child = spawn(process.execPath, [tsxBin, path.join(__dirname, "plain-server.ts"), file, contentType], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.once("data", (c: Buffer) => resolve(Number(c.toString().trim())));
    child.once("exit", (code) => reject(new Error(`plain server exited (${code})`)));
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    async stop() {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    },
  };
}
