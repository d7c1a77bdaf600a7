// Request and response bodies of the password reset endpoints.
import { z } from "zod";
import { emailSchema, passwordSchema } from "@/lib/auth/create-user";
import { component } from "./common-schemas";

export const PasswordResetRequestBody = component(
  "PasswordResetRequest",
  z.strictObject({
    email: emailSchema.describe("The address of the account whose password you forgot"),
  }),
);

export const PasswordResetRequestedSchema = component(
  "PasswordResetRequested",
  z.object({
    data: z.object({
      message: z.string().describe("The same for every address, whether or not it has an account"),
    }),
  }),
);

export const PasswordResetBody = component(
  "PasswordReset",
  z.strictObject({
    token: z.string().min(20, "must be the token from the reset link").max(200, "must be the token from the reset link"),
    password: passwordSchema.describe("The new password: 8 characters or more, at most 72 bytes"),
  }),
);

export const PasswordChangedSchema = component(
  "PasswordChanged",
  z.object({
    data: z.object({ message: z.string() }),
  }),
);
