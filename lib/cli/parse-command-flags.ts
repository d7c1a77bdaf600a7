import { parseArgs, type ParseArgsConfig } from "node:util";
import { z } from "zod";
import { CliUsageError } from "./cli-usage-error";

type FlagOptions = NonNullable<ParseArgsConfig["options"]>;

/**
 * Strict `parseArgs` for one command: unknown flags and stray positionals are
 * usage errors rather than silently ignored (a typo in `--role` must not
 * create a subscriber).
 */
export function parseCommandFlags<const O extends FlagOptions>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS_")) {
      // Node appends advice about positionals that does not apply here; keep its first sentence.
      const first = (err as Error).message.split("\n")[0] ?? "Invalid arguments";
      const message = code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? first.split(". ")[0] : first;
      throw new CliUsageError(`${message}.`.replace(/\.\.$/, "."));
    }
    throw err;
  }
}

/** Refuses a command whose required flags are absent, naming each one. */
export function requireFlags(values: Record<string, unknown>, names: readonly string[]): void {
  const missing = names.filter((n) => values[n] === undefined);
  if (missing.length) {
    throw new CliUsageError(`Missing ${missing.map((n) => `--${n}`).join(", ")}.`);
  }
}

/**
 * Validates parsed flags with a zod schema whose keys are the flag names, so
 * each problem is reported against the flag the user typed.
 */
export function validateFlags<S extends z.ZodType>(schema: S, values: unknown): z.output<S> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  throw new CliUsageError(formatFlagIssues(parsed.error));
}

export function formatFlagIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const flag = issue.path.length ? `--${issue.path.map(String).join(".")}` : "arguments";
      return `Invalid ${flag}: ${issue.message}.`.replace(/\.\.$/, ".");
    })
    .join("\n");
}
