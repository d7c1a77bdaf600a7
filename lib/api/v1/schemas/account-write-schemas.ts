// Request bodies and parameters of the account, token and admin endpoints.
// Strict objects: an unknown field is refused with a 400 naming it. Not
// registered as components: they transform input, so they are documented inline.
import { z } from "zod";
import { emailSchema, passwordSchema } from "@/lib/auth/create-user";
import { AUDIT_LOG_KEY, AUDIT_LOG_SCOPE } from "@/lib/accounts/list-audit-log";
import { Role } from "@/lib/db/enums";
import { cursorParam } from "../../cursor";
import { limit } from "../query-schemas";

const name = z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters");

export const SignUpBodySchema = z.strictObject({
    email: emailSchema.describe("Your e-mail address: you sign in with it"),
    password: passwordSchema.describe("At least 8 characters, at most 72 bytes"),
    name: name.optional().describe("How you are shown to editors"),
  });

export const UpdateAccountBodySchema = z.strictObject({ name: name.nullable().describe("Your display name; null clears it") });

export const ChangePasswordBodySchema = z.strictObject({
    currentPassword: z.string().min(1, "must not be empty").max(200, "is too long"),
    newPassword: passwordSchema,
  });

export const CreateTokenBodySchema = z.strictObject({
    name: name.describe("What the token is for, e.g. `CI importer`"),
    expiresAt: z.iso
      .datetime({ offset: true, error: "must be an ISO 8601 date-time, e.g. 2027-01-31T00:00:00Z" })
      .transform((s) => new Date(s))
      .optional()
      .describe("When the token stops working; omit for no expiry"),
  });

export const UpdateUserBodySchema = z
    .strictObject({
      role: z.enum(Role, { error: `must be one of ${Object.values(Role).join(", ")}` }).optional(),
      disabled: z.boolean().optional().describe("true disables the account (sign-in and tokens stop at once); false enables it"),
      note: z.string().trim().max(500, "must be at most 500 characters").optional().describe("Why, for the audit log"),
    })
    .refine((b) => b.role !== undefined || b.disabled !== undefined, { message: "give `role` or `disabled` (or both)" });

export const idPath = z.strictObject({ id: z.string().min(1, "must not be empty").max(100, "is too long to be an id") });

export const auditLogQuery = z.strictObject({
  limit,
  cursor: cursorParam(AUDIT_LOG_SCOPE, AUDIT_LOG_KEY),
  action: z.string().max(100, "is too long").optional().describe("Only events of this action, e.g. `user.role-change`"),
  actor: z.string().max(320, "is too long").optional().describe("Only events by this user: their id or e-mail address"),
});
