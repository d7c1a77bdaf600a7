import { z } from "zod";
import { createApiToken } from "../auth/create-api-token";
import { emailSchema } from "../auth/create-user";
import { findUserByEmailOrThrow } from "../auth/find-user-by-email";
import type { CliCommand } from "./cli-command";
import { openCliDatabase } from "./open-cli-database";
import { parseCommandFlags, requireFlags, validateFlags } from "./parse-command-flags";

const DEFAULT_TOKEN_NAME = "cli";

const flagOptions = {
  email: { type: "string" },
  name: { type: "string" },
} as const;

const tokenCreateFlagsSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters").default(DEFAULT_TOKEN_NAME),
});

export type TokenCreateFlags = z.output<typeof tokenCreateFlagsSchema>;

/** Parses and validates `token create` arguments without touching the database. */
export function parseTokenCreateFlags(args: string[]): TokenCreateFlags {
  const values = parseCommandFlags(args, flagOptions);
  requireFlags(values, ["email"]);
  return validateFlags(tokenCreateFlagsSchema, values);
}

export const tokenCreateCommand: CliCommand = {
  words: ["token", "create"],
  synopsis: "--email E [--name N]",
  summary: "Create an API token for a user; prints the token alone on the last line.",
  details: [
    "--email E      the user who will own the token",
    `--name N       a label to recognise it by (default "${DEFAULT_TOKEN_NAME}")`,
  ],
  async run(args, io) {
    const input = parseTokenCreateFlags(args);
    const handle = await openCliDatabase(io);
    const user = await findUserByEmailOrThrow(handle.db, input.email);
    const { token, record } = await createApiToken(handle.db, { userId: user.id, name: input.name });
    io.out(`Created API token "${record.name}" (id ${record.id}, prefix ${record.prefix}) for ${user.email} (${user.role}).`);
    io.out("It is shown only this once and stored only as a hash: copy it now.");
    // Last line, alone, so scripts can take it with `tail -n 1`.
    io.out(token);
  },
};
