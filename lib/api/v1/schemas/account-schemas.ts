import { z } from "zod";
import { Role } from "@/lib/db/enums";
import { PERMISSIONS, type Permission } from "@/lib/auth/permissions";
import { component, dateTime } from "./common-schemas";

export const RoleSchema = component("Role", z.enum(Role));

export const MeSchema = component(
  "Me",
  z.object({
    data: z.object({
      id: z.string(),
      email: z.string(),
      name: z.string().nullable(),
      role: RoleSchema,
      permissions: z.array(z.enum(Object.keys(PERMISSIONS) as [Permission, ...Permission[]])),
      via: z.enum(["session", "token"]).describe("How this request was authenticated"),
    }),
  }),
);

export const UserSchema = component(
  "User",
  z.object({
    id: z.string(),
    email: z.string(),
    name: z.string().nullable(),
    role: RoleSchema,
    createdAt: dateTime,
    disabledAt: dateTime.nullable().describe("Set while the account is disabled: it cannot sign in or use its tokens"),
  }),
);

export const AdminUserSchema = component(
  "AdminUser",
  UserSchema.extend({ activeTokens: z.number().int().describe("API tokens not revoked") }),
);

export const ApiTokenSchema = component(
  "ApiToken",
  z.object({
    id: z.string(),
    name: z.string(),
    prefix: z.string().describe("The first characters of the secret, to tell tokens apart; the secret itself is never shown again"),
    createdAt: dateTime,
    lastUsedAt: dateTime.nullable().describe("Last request made with it (to the minute), or null if never used"),
    expiresAt: dateTime.nullable(),
    revokedAt: dateTime.nullable(),
    state: z.enum(["active", "expired", "revoked"]).describe("Whether the token works now"),
    owner: z.object({ id: z.string(), email: z.string() }),
  }),
);

export const AuditEventSchema = component(
  "AuditEvent",
  z.object({
    id: z.string(),
    action: z.string().describe("What happened, as `area.verb`, e.g. `user.role-change`, `token.revoke`"),
    entityType: z.string(),
    entityId: z.string(),
    data: z.unknown().describe("Details of the change (JSON: from/to, note)"),
    createdAt: dateTime,
    actor: z.object({ id: z.string(), email: z.string(), name: z.string().nullable() }).nullable(),
    actorChannel: z.enum(["session", "token"]).nullable().describe("How the actor came: a browser session or an API token; null for the system"),
    tokenId: z.string().nullable().describe("The API token used, when actorChannel is `token`"),
    clientIp: z.string().nullable().describe("The request's client address; null outside a request"),
    userAgent: z.string().nullable(),
  }),
);

export const UserDocumentSchema = z.object({ data: UserSchema });
export const UserListSchema = z.object({ data: z.array(AdminUserSchema) });
export const ApiTokenDocumentSchema = z.object({ data: ApiTokenSchema });
export const ApiTokenListSchema = z.object({ data: z.array(ApiTokenSchema) });
export const IssuedApiTokenSchema = component(
  "IssuedApiToken",
  z.object({
    data: ApiTokenSchema,
    secret: z.string().describe("The token itself. Shown this once: store it now; only its hash is kept."),
  }),
);
export const AuditLogSchema = z.object({
  data: z.array(AuditEventSchema),
  next: z.string().nullable().describe("Cursor for the next page (pass as `cursor`), or null on the last page."),
});
export const PasswordChangedSchema = z.object({ data: z.object({ changed: z.literal(true) }) });
export const SignUpAcceptedSchema = z.object({
  data: z.object({ message: z.string().describe("The same for every address, whether or not it already had an account") }),
});
