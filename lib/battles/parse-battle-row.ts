import type { BattleOutcome } from "@/lib/db/enums";
import type { InvalidParam } from "@/lib/errors";

/** One battle as written in a CSV line or a JSON object, before validation. */
export interface RawBattle {
  model_a?: unknown;
  model_b?: unknown;
  winner?: unknown;
  timestamp?: unknown;
}

export interface ParsedBattle {
  modelA: string;
  modelB: string;
  outcome: BattleOutcome;
  votedAt: Date | null;
}

export const BATTLE_COLUMNS = ["model_a", "model_b", "winner", "timestamp"] as const;
export const REQUIRED_BATTLE_COLUMNS = ["model_a", "model_b", "winner"] as const;

/** The arenas' winner values (their public vote dumps write exactly these). */
export const WINNERS: Record<string, BattleOutcome> = {
  model_a: "A",
  model_b: "B",
  tie: "TIE",
  "tie (bothbad)": "TIE_BOTHBAD",
};

const MAX_NAME = 200;
// Votes from before 2000 or more than a day ahead are typos, not data.
const EARLIEST = Date.UTC(2000, 0, 1);

/** A timestamp as ISO 8601 or Unix seconds (the arenas' dumps use `tstamp` seconds). */
function parseTimestamp(value: unknown, now: number): Date | null | "invalid" {
  if (value === undefined || value === null || value === "") return null;
  let ms: number;
  if (typeof value === "number" || (typeof value === "string" && /^\d+(\.\d+)?$/.test(value))) ms = Number(value) * 1000;
  else if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value)) ms = Date.parse(value);
  else return "invalid";
  if (!Number.isFinite(ms) || ms < EARLIEST || ms > now + 86_400_000) return "invalid";
  return new Date(ms);
}

// Field names ("rows[12].winner") are built only for a problem: this runs twice for every row of an import.
const at = (row: number, field: string) => `rows[${row}].${field}`;

function modelName(value: unknown, field: string, problems: InvalidParam[], row: number): string {
  const name = typeof value === "string" ? value.trim() : "";
  if (!name) problems.push({ name: at(row, field), reason: "is missing" });
  else if (name.length > MAX_NAME) problems.push({ name: at(row, field), reason: `is longer than ${MAX_NAME} characters` });
  return name;
}

/**
 * Checks one battle; row numbers count data rows from 1 (in CSV, row N is on
 * line N + 1). Returns the battle or the problems, each naming its field.
 */
export function parseBattleRow(raw: RawBattle, row: number, now: number): ParsedBattle | InvalidParam[] {
  const problems: InvalidParam[] = [];
  const modelA = modelName(raw.model_a, "model_a", problems, row);
  const modelB = modelName(raw.model_b, "model_b", problems, row);
  if (modelA && modelA === modelB) problems.push({ name: at(row, "model_b"), reason: "is the same model as model_a" });
  const outcome = typeof raw.winner === "string" ? WINNERS[raw.winner.trim()] : undefined;
  if (!outcome) problems.push({ name: at(row, "winner"), reason: `must be one of ${Object.keys(WINNERS).join(", ")}` });
  const votedAt = parseTimestamp(raw.timestamp, now);
  if (votedAt === "invalid") {
    problems.push({ name: at(row, "timestamp"), reason: "must be an ISO 8601 date-time or Unix seconds, from 2000 to now" });
  }
  if (problems.length || !outcome || votedAt === "invalid") return problems;
  return { modelA, modelB, outcome, votedAt };
}
