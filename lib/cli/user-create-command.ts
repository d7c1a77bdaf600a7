import { z } from "zod";
import { Role } from "../db";
import { createUser, createUserInputSchema } from "../auth/create-user";
import type { CliCommand } from "./cli-command";
import { openCliDatabase } from "./open-cli-database";
import { parseCommandFlags, requireFlags, validateFlags } from "./parse-command-flags";

const ROLE_NAMES = ["subscriber", "editor", "admin"] as const;

const flagOptions = {
  email: { type: "string" },
  password: { type: "string" },
  role: { type: "string" },
  name: { type: "string" },
} as const;

// The domain schema with the role as operators type it (lower case); keys are
// flag names so errors name the flag.
const userCreateFlagsSchema = createUserInputSchema.extend({
  role: z
    .string()
    .transform((r) => r.trim().toLowerCase())
    .pipe(z.enum(ROLE_NAMES, { error: `must be one of ${ROLE_NAMES.join(", ")}` }))
    .transform((r): Role => Role[r.toUpperCase() as keyof typeof Role]),
});

export type UserCreateFlags = z.output<typeof userCreateFlagsSchema>;

/** Parses and validates `user create` arguments without touching the database. */
export function parseUserCreateFlags(args: string[]): UserCreateFlags {
  const values = parseCommandFlags(args, flagOptions);
  requireFlags(values, ["email", "password", "role"]);
  return validateFlags(userCreateFlagsSchema, values);
}

export const userCreateCommand: CliCommand = {
  words: ["user", "create"],
  synopsis: "--email E --password P --role subscriber|editor|admin [--name N]",
  summary: "Create a user with a password.",
  details: [
    "--email E      the sign-in address (stored in lower case)",
    "--password P   at least 8 characters (at most 72 bytes)",
    "--role R       subscriber, editor or admin",
    "--name N       display name (optional)",
  ],
  async run(args, io) {
    const input = parseUserCreateFlags(args);
    const handle = await openCliDatabase(io);
    const user = await createUser(handle.db, input);
    io.out(`Created ${user.role} user ${user.email}${user.name ? ` (${user.name})` : ""}.`);
    io.out(`User id: ${user.id}`);
  },
};
