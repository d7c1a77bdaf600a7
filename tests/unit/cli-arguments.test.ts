import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createUserInputSchema } from "@/lib/auth/create-user";
import { API_TOKEN_PREFIX, generateApiToken, hashApiToken } from "@/lib/auth/create-api-token";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { Prisma } from "@/lib/db";
import type { CliIo } from "@/lib/cli/cli-command";
import { CliUsageError } from "@/lib/cli/cli-usage-error";
import { runCli } from "@/lib/cli/run-cli";
import { parseTokenCreateFlags } from "@/lib/cli/token-create-command";
import { parseUserCreateFlags } from "@/lib/cli/user-create-command";

function usageError(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof CliUsageError) return err.message;
    throw err;
  }
  throw new Error("expected a usage error");
}

const valid = ["--email", "Ann@Example.org", "--password", "long enough", "--role", "editor"];

describe("user create flags", () => {
  it("normalises the email and maps the role to the enum, case-insensitively", () => {
    expect(parseUserCreateFlags([...valid, "--name", "  Ann  "])).toEqual({
      email: "ann@example.org",
      password: "long enough",
      role: "EDITOR",
      name: "Ann",
    });
    expect(parseUserCreateFlags(["--email", "a@b.co", "--password", "12345678", "--role", "ADMIN"]).role).toBe("ADMIN");
    expect(parseUserCreateFlags(["--email=a@b.co", "--password=-starts-with-dash", "--role=subscriber"]).role).toBe(
      "SUBSCRIBER",
    );
  });

  it("names each bad flag", () => {
    expect(usageError(() => parseUserCreateFlags(["--email", "x", "--password", "1234567", "--role", "root"]))).toBe(
      [
        "Invalid --email: must be a valid email address, e.g. ann@example.org.",
        "Invalid --password: must be at least 8 characters.",
        "Invalid --role: must be one of subscriber, editor, admin.",
      ].join("\n"),
    );
    expect(usageError(() => parseUserCreateFlags([...valid, "--name", "   "]))).toBe("Invalid --name: must not be empty.");
  });

  it("refuses passwords bcrypt would truncate", () => {
    const long = "é".repeat(37); // 74 bytes, 37 characters
    expect(usageError(() => parseUserCreateFlags(["--email", "a@b.co", "--password", long, "--role", "admin"]))).toMatch(
      /^Invalid --password: must be at most 72 bytes/,
    );
  });

  it("reports missing, unknown and valueless flags and stray words", () => {
    expect(usageError(() => parseUserCreateFlags(["--email", "a@b.co"]))).toBe("Missing --password, --role.");
    expect(usageError(() => parseUserCreateFlags([...valid, "--admin"]))).toBe("Unknown option '--admin'.");
    expect(usageError(() => parseUserCreateFlags([...valid, "--name"]))).toMatch(/--name.*argument missing/);
    expect(usageError(() => parseUserCreateFlags([...valid, "extra"]))).toMatch(/Unexpected argument 'extra'/);
  });
});

describe("token create flags", () => {
  it("defaults the name and requires the email", () => {
    expect(parseTokenCreateFlags(["--email", "A@B.co"])).toEqual({ email: "a@b.co", name: "cli" });
    expect(parseTokenCreateFlags(["--email", "a@b.co", "--name", "deploy"]).name).toBe("deploy");
    expect(usageError(() => parseTokenCreateFlags([]))).toBe("Missing --email.");
    expect(usageError(() => parseTokenCreateFlags(["--email", "nope"]))).toMatch(/^Invalid --email:/);
  });
});

describe("account domain pieces", () => {
  it("createUser's schema defaults the role to subscriber", () => {
    expect(createUserInputSchema.parse({ email: "a@b.co", password: "12345678" }).role).toBe("SUBSCRIBER");
  });

  it("API tokens are 256-bit base64url secrets hashed with SHA-256", () => {
    const a = generateApiToken();
    const b = generateApiToken();
    expect(a).toMatch(new RegExp(`^${API_TOKEN_PREFIX}[A-Za-z0-9_-]{43}$`));
    expect(a).not.toBe(b);
    expect(hashApiToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(hashApiToken(a)).toBe(createHash("sha256").update(a).digest("hex"));
  });

  it("recognises a unique violation from either driver adapter", () => {
    const p2002 = new Prisma.PrismaClientKnownRequestError("dup", { code: "P2002", clientVersion: "6.19.3" });
    const pglite = Object.assign(new Error("dup"), { name: "DriverAdapterError", cause: { kind: "postgres", code: "23505" } });
    const pg = Object.assign(new Error("dup"), { name: "DriverAdapterError", cause: { kind: "UniqueConstraintViolation" } });
    const fk = Object.assign(new Error("fk"), { name: "DriverAdapterError", cause: { kind: "postgres", code: "23503" } });
    expect([p2002, pglite, pg].map(isUniqueViolation)).toEqual([true, true, true]);
    expect([fk, new Error("x"), null, "23505"].map(isUniqueViolation)).toEqual([false, false, false, false]);
  });
});

describe("runCli without a database", () => {
  function collect(): CliIo & { out_: string[]; err_: string[] } {
    const out_: string[] = [];
    const err_: string[] = [];
    return { out_, err_, out: (l) => void out_.push(l), err: (l) => void err_.push(l) };
  }

  it("prints usage for help, --help and nothing; exits 2 on an unknown command", async () => {
    for (const argv of [[], ["help"], ["--help"], ["-h"]]) {
      const io = collect();
      expect(await runCli(argv, io)).toBe(0);
      expect(io.out_.join("\n")).toContain("token create --email E [--name N]");
    }
    const io = collect();
    expect(await runCli(["user", "delete"], io)).toBe(2);
    expect(io.err_[0]).toBe('Unknown command "user delete".');
  });

  it("prints one command's flags for `help <command>` and `<command> --help`", async () => {
    for (const argv of [["help", "user", "create"], ["user", "create", "--help"]]) {
      const io = collect();
      expect(await runCli(argv, io)).toBe(0);
      expect(io.out_.join("\n")).toContain("--password P   at least 8 characters");
    }
  });

  it("exits 2 with the command's synopsis on bad flags, before opening any database", async () => {
    const io = collect();
    expect(await runCli(["user", "create", "--email", "a@b.co", "--password", "short", "--role", "admin"], io)).toBe(2);
    expect(io.err_).toEqual([
      "Invalid --password: must be at least 8 characters.",
      "Usage: npm run mw -- user create --email E --password P --role subscriber|editor|admin [--name N]",
    ]);
    expect(io.out_).toEqual([]);
  });
});
