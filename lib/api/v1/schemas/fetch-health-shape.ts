import { z } from "zod";
import { dateTime } from "./common-schemas";

/** The schedule and health every fetched resource reports (feeds, leaderboard sources: lib/db/claim-due-rows.ts). */
export const fetchHealthShape = {
  enabled: z.boolean(),
  disabledReason: z.string().nullable(),
  intervalMinutes: z.number().int(),
  lastAttemptAt: dateTime.nullable(),
  lastSuccessAt: dateTime.nullable(),
  lastStatus: z.number().int().nullable().describe("HTTP status of the last attempt (304: unchanged)"),
  consecutiveErrors: z.number().int(),
  lastError: z.string().nullable().describe("`<code>: <message>` of the last failure, null after a success"),
  nextFetchAt: dateTime,
};
