import { jsonRows, spoolCsvUpload, type SpooledUpload } from "@/lib/battles/battle-sources";
import type { RawBattle } from "@/lib/battles/parse-battle-row";
import { RequestValidationError } from "@/lib/errors";
import { BATTLES_CSV_LIMIT, BATTLES_JSON_LIMIT, limitedBody, readBodyText } from "../request-body";
import { ImportBattlesJsonSchema } from "./schemas/rating-schemas";

/**
 * The battles of an import request: a CSV body is spooled to a temporary file
 * as it streams in (at most BATTLES_CSV_LIMIT bytes); a JSON body is parsed
 * and its shape checked. Either way the caller gets a source it can read
 * twice, and must call `remove()`.
 */
export async function readBattleUpload(request: Request): Promise<SpooledUpload> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (type === "text/csv" || type === "text/plain") {
    if (!request.body) throw new RequestValidationError("body", [{ name: "body", reason: "is empty: send a header line and one battle per line" }]);
    return spoolCsvUpload(limitedBody(request, BATTLES_CSV_LIMIT));
  }
  if (type === "application/json") {
    const text = await readBodyText(request, BATTLES_JSON_LIMIT);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new RequestValidationError("body", [{ name: "body", reason: "is not valid JSON" }]);
    }
    const parsed = ImportBattlesJsonSchema.safeParse(json);
    if (!parsed.success) throw RequestValidationError.fromZod("body", parsed.error);
    return { source: jsonRows(parsed.data.battles as RawBattle[]), bytes: 0, remove: async () => {} };
  }
  throw new RequestValidationError("header", [
    { name: "Content-Type", reason: "must be text/csv (a CSV file, streamed) or application/json" },
  ]);
}
