import { spawn, type ChildProcess } from "node:child_process";


export interface Child {
  proc: ChildProcess;
  /** Resolves with the first JSON line the child prints. */
  firstJson: Promise<Record<string, unknown>>;
  /** Resolves with the exit code (or the signal name). */
  exited: Promise<number | string>;
  output(): string;
}

/**
 * Runs a TypeScript file in ONE child Node process (tsx as a loader, not its
 * CLI, which would add a second process that survives a SIGKILL of the first).
 */
export function spawnTsx(file: string, args: string[], vars: Record<string, string>): Child {
  const env: NodeJS.ProcessEnv = { ...process.env, ...vars };
  if (!("DATABASE_URL" in vars)) delete env.DATABASE_URL;
  const proc = spawn(process.execPath, ["--import", "tsx", file, ...args], { cwd: process.cwd(), env, stdio: "pipe" });
  let out = "";
  let err = "";
  const firstJson = new Promise<Record<string, unknown>>((resolve, reject) => {
    proc.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (line) resolve(JSON.parse(line) as Record<string, unknown>);
    });
    proc.on("exit", () => reject(new Error(`child exited without JSON; stdout=${out} stderr=${err}`)));
  });
  firstJson.catch(() => {}); // a test that kills the child may never ask for it
  proc.stderr?.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | string>((resolve) => proc.on("exit", (code, sig) => resolve(code ?? sig ?? -1)));
  return { proc, firstJson, exited, output: () => out + err };
}
