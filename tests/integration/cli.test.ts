import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectDatabase, type Db } from "@/lib/db";
import { readMigrations } from "@/lib/db/apply-migrations";
import { getEnv } from "@/lib/env";
import { verifyPassword } from "@/lib/auth/password";
import { createPostgresDatabase, makeTempDir, testDatabaseKinds, type DatabaseKind } from "@/tests/helpers/test-databases";

const repoRoot = path.resolve(__dirname, "../..");
// Longer than any healthy run: a CLI that has not exited by then left something
// open (e.g. PGlite) and the test must fail rather than hang.
const CLI_TIMEOUT_MS = 100_000;

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of this process without anything that picks a database. */
function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "test" };
  for (const key of ["DATABASE_URL", "MODELWATCH_DATA_DIR", "MW_DEBUG", "MODELWATCH_AUTO_SEED"]) delete env[key];
  return env;
}

/** Runs the real CLI the way `npm run mw --` does (tsx), in its own process. */
function runMw(args: string[], vars: Record<string, string>): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/mw.ts", ...args], {
      cwd: repoRoot,
      env: { ...baseEnv(), ...vars },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), CLI_TIMEOUT_MS);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

function lines(text: string): string[] {
  return text.split("\n").filter((l) => l.length > 0);
}

interface Target {
  vars: Record<string, string>;
  /** What the CLI prints after "Database: ". */
  label: RegExp;
  cleanup(): Promise<void>;
}

async function createTarget(kind: DatabaseKind): Promise<Target> {
  if (kind === "postgres") {
    const { url, drop } = await createPostgresDatabase();
    const u = new URL(url);
    return {
      vars: { DATABASE_URL: url },
      label: new RegExp(`PostgreSQL at ${u.hostname}:${u.port || 5432}${u.pathname}$`, "m"),
      cleanup: drop,
    };
  }
  const dir = makeTempDir("mw-cli-");
  return {
    vars: { MODELWATCH_DATA_DIR: dir },
    label: new RegExp(`embedded PGlite at ${path.join(dir, "pglite").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "m"),
    cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** Opens the CLI's database from the test (only after the CLI has exited: PGlite is single-process). */
async function withDb<T>(vars: Record<string, string>, fn: (db: Db) => Promise<T>): Promise<T> {
  const handle = await connectDatabase(getEnv({ NODE_ENV: "test", ...vars }));
  try {
    return await fn(handle.db);
  } finally {
    await handle.close();
  }
}

/** Every row of every table, as JSON text, that contains `needle`. */
async function rowsContaining(db: Db, needle: string): Promise<string[]> {
  const tables = await db.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT table_name::text AS table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  const hits: string[] = [];
  for (const { table_name } of tables) {
    // strpos, not LIKE: the token's "_" would be a wildcard.
    const rows = await db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "${table_name}" t WHERE strpos(row_to_json(t)::text, $1) > 0`,
      needle,
    );
    if ((rows[0]?.n ?? 0) > 0) hits.push(table_name);
  }
  return hits;
}

function filesContaining(dir: string, needle: string): string[] {
  const bytes = Buffer.from(needle, "utf8");
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name))
    .filter((file) => fs.readFileSync(file).includes(bytes));
}

const migrationNames = readMigrations().map((m) => m.name);

describe.each(testDatabaseKinds())("mw CLI on %s", (kind) => {
  let target: Target;

  beforeAll(async () => {
    target = await createTarget(kind);
  });
  afterAll(async () => {
    await target?.cleanup();
  });

  it("db migrate applies every migration, names the database, and is idempotent", async () => {
    const first = await runMw(["db", "migrate"], target.vars);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    for (const name of migrationNames) expect(first.stdout).toContain(`applying migration ${name}`);
    expect(first.stdout).toMatch(target.label);

    const second = await runMw(["db", "migrate"], target.vars);
    expect(second.code).toBe(0);
    expect(second.stdout).not.toContain("applying migration");
    expect(second.stdout).toContain("No pending migrations");
    expect(second.stdout).toMatch(target.label);

    const applied = await withDb(target.vars, (db) =>
      db.$queryRawUnsafe<{ migration_name: string }[]>(`SELECT migration_name FROM "_prisma_migrations" ORDER BY 1`),
    );
    expect(applied.map((r) => r.migration_name)).toEqual(migrationNames);
  });

  it("db seed exits 0 and reports whether it seeded; a second run finds the data there", async () => {
    const first = await runMw(["db", "seed"], target.vars);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^(Demo data seeded\.|Demo data was already there: nothing seeded\.)$/m);

    const second = await runMw(["db", "seed"], target.vars);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^Demo data was already there: nothing seeded\.$/m);
  });

  it("user create stores a bcrypt hash and prints the id and role; a duplicate email is refused", async () => {
    const created = await runMw(
      ["user", "create", "--email", "CLI-Ann@Example.org", "--password", "correct horse", "--role", "admin", "--name", "Ann"],
      target.vars,
    );
    expect(created.stderr).toBe("");
    expect(created.code).toBe(0);
    expect(created.stdout).toContain("Created ADMIN user cli-ann@example.org (Ann).");
    const id = /^User id: (\S+)$/m.exec(created.stdout)?.[1];
    expect(id).toBeDefined();

    const user = await withDb(target.vars, (db) =>
      db.user.findUniqueOrThrow({ where: { email: "cli-ann@example.org" }, omit: { passwordHash: false } }),
    );
    expect(user).toMatchObject({ id, role: "ADMIN", name: "Ann" });
    expect(user.passwordHash).not.toContain("correct horse");
    expect(await verifyPassword("correct horse", user.passwordHash ?? "")).toBe(true);

    // Same address, other case: still the same account.
    const duplicate = await runMw(
      ["user", "create", "--email", "CLI-ANN@example.org", "--password", "another pass", "--role", "editor"],
      target.vars,
    );
    expect(duplicate.code).toBe(1);
    expect(lines(duplicate.stderr)).toEqual(["A user with the email cli-ann@example.org already exists."]);
    const count = await withDb(target.vars, (db) => db.user.count({ where: { email: "cli-ann@example.org" } }));
    expect(count).toBe(1);
  });

  it("token create prints the token alone on its last line and stores only its SHA-256", async () => {
    const result = await runMw(["token", "create", "--email", "cli-ann@example.org", "--name", "ci deploy"], target.vars);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const out = lines(result.stdout);
    const token = out.at(-1) ?? "";
    expect(token).toMatch(/^mw_[A-Za-z0-9_-]{43}$/);
    expect(out.slice(0, -1).join("\n")).not.toContain(token);

    const stored = await withDb(target.vars, async (db) => ({
      // Only this user's: the demo seed may bring tokens of its own.
      tokens: await db.apiToken.findMany({
        where: { user: { email: "cli-ann@example.org" } },
        omit: { tokenHash: false },
        include: { user: true },
      }),
      leaks: await rowsContaining(db, token),
    }));
    expect(stored.tokens).toHaveLength(1);
    const [record] = stored.tokens;
    expect(record?.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(record?.name).toBe("ci deploy");
    expect(record?.user.email).toBe("cli-ann@example.org");
    expect(token.startsWith(record?.prefix ?? "?")).toBe(true);
    expect(record?.prefix.length).toBeLessThan(16);
    expect(result.stdout).toContain(`prefix ${record?.prefix}`);
    expect(stored.leaks).toEqual([]);
    if (kind === "pglite") {
      // Not in any page, WAL segment or log of the data directory either.
      expect(filesContaining(target.vars.MODELWATCH_DATA_DIR ?? "", token)).toEqual([]);
    }
  });

  it("token create for an unknown email is refused and creates nothing", async () => {
    const tokensBefore = await withDb(target.vars, (db) => db.apiToken.count());
    const result = await runMw(["token", "create", "--email", "nobody@example.org"], target.vars);
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual(["No user with the email nobody@example.org."]);
    expect(lines(result.stdout).at(-1)).not.toMatch(/^mw_/);
    const count = await withDb(target.vars, (db) => db.apiToken.count());
    expect(count).toBe(tokensBefore);
  });

  // Only the embedded database has a single-process lock; PostgreSQL serves many clients.
  if (kind === "pglite") it(
    "refuses while another process holds the embedded database, leaving it intact",
    async () => {
      const holder = await holdDatabase(target.vars);
      try {
        const refused = await runMw(["db", "migrate"], target.vars);
        expect(refused.code).toBe(1);
        expect(lines(refused.stderr)).toHaveLength(1);
        expect(refused.stderr).toContain(`is in use by process ${holder.pid}`);
        expect(refused.stdout).not.toContain("Database:");

        const refusedUser = await runMw(
          ["user", "create", "--email", "cli-bob@example.org", "--password", "long enough", "--role", "editor"],
          target.vars,
        );
        expect(refusedUser.code).toBe(1);
        expect(refusedUser.stderr).toContain("is in use by process");
      } finally {
        await releaseDatabase(holder);
      }

      const again = await runMw(["db", "migrate"], target.vars);
      expect(again.code).toBe(0);
      expect(again.stdout).toContain("No pending migrations");
      const state = await withDb(target.vars, async (db) => ({
        users: (await db.user.findMany({ select: { email: true } })).map((u) => u.email).sort(),
        tokens: await db.apiToken.count({ where: { user: { email: "cli-ann@example.org" } } }),
      }));
      expect(state.users).toContain("cli-ann@example.org");
      expect(state.users).not.toContain("cli-bob@example.org");
      expect(state.tokens).toBe(1);
    },
  );
});

/** A separate process that opens the PGlite data dir (as a running server does) and holds it until stdin closes. */
function holdDatabase(vars: Record<string, string>): Promise<ChildProcess & { pid: number }> {
  const code = `
    const { connectDatabase } = require("./lib/db");
    const { getEnv } = require("./lib/env");
    connectDatabase(getEnv()).then((handle) => {
      process.stdout.write("ready\\n");
      process.stdin.on("end", () => handle.close().then(() => process.exit(0)));
      process.stdin.resume();
    }, (err) => { console.error(err); process.exit(1); });
  `;
  const child = spawn(process.execPath, ["--import", "tsx", "-e", code], {
    cwd: repoRoot,
    env: { ...baseEnv(), ...vars },
    stdio: ["pipe", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (c) => reject(new Error(`lock holder exited early with ${c}`)));
    child.stdout?.on("data", (d: Buffer) => {
      if (d.toString().includes("ready") && child.pid !== undefined) resolve(child as ChildProcess & { pid: number });
    });
  });
}

function releaseDatabase(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.removeAllListeners("exit");
    child.on("exit", () => resolve());
    child.stdin?.end();
  });
}

describe("mw CLI without a database", () => {
  // These fail before any database is opened: point at a directory that must stay empty.
  let dir: string;
  let vars: Record<string, string>;
  beforeAll(() => {
    dir = makeTempDir("mw-cli-nodb-");
    vars = { MODELWATCH_DATA_DIR: dir };
  });
  afterAll(() => {
    expect(fs.readdirSync(dir)).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    { flag: "--role", value: "root", message: "must be one of subscriber, editor, admin" },
    { flag: "--password", value: "short", message: "must be at least 8 characters" },
    { flag: "--email", value: "not-an-email", message: "must be a valid email address" },
  ])("user create with a bad $flag names the flag and exits 2", async ({ flag, value, message }) => {
    const flags: Record<string, string> = { "--email": "ok@example.org", "--password": "long enough", "--role": "editor" };
    flags[flag] = value;
    const result = await runMw(["user", "create", ...Object.entries(flags).flat()], vars);
    expect(result.code).toBe(2);
    expect(lines(result.stderr)[0]).toMatch(new RegExp(`^Invalid ${flag}: ${message}`));
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stdout).toBe("");
  });

  it("help and no command print the usage and exit 0; an unknown command exits 2", async () => {
    for (const args of [[], ["help"]]) {
      const result = await runMw(args, vars);
      expect(result.code).toBe(0);
      for (const cmd of ["db migrate", "db seed", "user create", "token create"]) expect(result.stdout).toContain(cmd);
    }
    const unknown = await runMw(["frobnicate"], vars);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "frobnicate".');
    expect(unknown.stderr).toContain("user create --email E --password P --role subscriber|editor|admin");
  });

  it("bad configuration is reported before anything else", async () => {
    const result = await runMw(["db", "migrate"], { ...vars, DATABASE_URL: "mysql://localhost/x" });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Invalid configuration");
    expect(result.stderr).toContain("DATABASE_URL: must be a postgres:// or postgresql:// URL");
  });
});
