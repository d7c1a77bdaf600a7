import { z } from "zod";
import { Role, type Db, type Tx } from "../db";
import { DuplicateEmailError } from "./auth-errors";
import { isUniqueViolation } from "../db/is-unique-violation";
import { normalizeEmail } from "./normalize-email";
import { hashPassword } from "./password";

export const PASSWORD_MIN_LENGTH = 8;
/** bcrypt ignores everything after 72 bytes: a longer password would be silently weaker than it looks. */
export const PASSWORD_MAX_BYTES = 72;

export const emailSchema = z
  .string()
  .transform(normalizeEmail)
  .pipe(z.email("must be a valid email address, e.g. ann@example.org"));

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .refine((p) => Buffer.byteLength(p, "utf8") <= PASSWORD_MAX_BYTES, {
    message: `must be at most ${PASSWORD_MAX_BYTES} bytes (bcrypt ignores the rest)`,
  });

export const createUserInputSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  role: z.enum(Role).default(Role.SUBSCRIBER),
  name: z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters").optional(),
});

export type CreateUserInput = z.input<typeof createUserInputSchema>;

/**
 * Creates a user with a bcrypt-hashed password. Validates its own input (a
 * ZodError names the offending field), so the CLI, sign-up and the admin UI
 * share one set of rules. A taken email is a DuplicateEmailError. An account an
 * operator creates counts as confirmed; self sign-up passes `unconfirmed` and
 * proves the address by mail before the password works.
 */
export async function createUser(db: Db | Tx, input: CreateUserInput, opts: { unconfirmed?: boolean } = {}) {
  const data = createUserInputSchema.parse(input);
  const passwordHash = await hashPassword(data.password);
  try {
    return await db.user.create({
      data: { email: data.email, name: data.name, role: data.role, passwordHash, emailVerifiedAt: opts.unconfirmed ? null : new Date() },
    });
  } catch (err) {
    // Rely on the unique index rather than a prior lookup: two concurrent
    // sign-ups with one address cannot both pass it.
    if (isUniqueViolation(err)) {
      throw new DuplicateEmailError(data.email);
    }
    throw err;
  }
}
