// Password reset by e-mail: public writes (they lead to credentials rather
// than use them), limited per address and per client.
import { defineEndpoint } from "../../endpoint";
import { noQuery } from "../query-schemas";
import {
  PasswordChangedSchema,
  PasswordResetBody,
  PasswordResetRequestBody,
  PasswordResetRequestedSchema,
} from "../schemas/auth-write-schemas";

export const authEndpoints = {
  requestPasswordReset: defineEndpoint({
    method: "POST",
    path: "/api/v1/password-reset",
    operationId: "requestPasswordReset",
    tag: "Accounts",
    summary: "Ask for a password reset link",
    description:
      "Mails a single-use link, valid for one hour, to the address if it belongs to an active account. The answer is the same for every address, so it tells nobody who has an account. Limited per address and per client (429 with Retry-After).",
    query: noQuery,
    params: noQuery,
    body: PasswordResetRequestBody,
    notFound: "when this site has no mail server configured",
    response: { kind: "json", schema: PasswordResetRequestedSchema, description: "Request accepted" },
  }),
  resetPassword: defineEndpoint({
    method: "POST",
    path: "/api/v1/password-reset/confirm",
    operationId: "resetPassword",
    tag: "Accounts",
    summary: "Set a new password with a reset link's token",
    description: "Spends the token (it works once, within the hour) and sets the account's new password.",
    query: noQuery,
    params: noQuery,
    body: PasswordResetBody,
    policy: "reset-link-valid, reset-link-single-use, reset-link-expiry: the token is unknown, already used or expired",
    response: { kind: "json", schema: PasswordChangedSchema, description: "Password changed" },
  }),
} as const;
