// Accounts: who am I, sign-up, API tokens, and user administration.
import { defineEndpoint } from "../../endpoint";
import { noQuery } from "../query-schemas";
import { MeSchema } from "../schemas/account-schemas";

export const accountEndpoints = {
  getMe: defineEndpoint({
    method: "GET",
    path: "/api/v1/me",
    operationId: "getMe",
    tag: "Accounts",
    summary: "The authenticated caller",
    description: "Who the credentials belong to, their current role and what it permits. Useful to check a token.",
    query: noQuery,
    params: noQuery,
    permission: "account.manage",
    response: { kind: "json", schema: MeSchema, description: "The caller" },
  }),
} as const;
