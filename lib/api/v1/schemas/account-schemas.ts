import { z } from "zod";
import { Role } from "@/lib/db/enums";
import { PERMISSIONS, type Permission } from "@/lib/auth/permissions";
import { component } from "./common-schemas";

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
