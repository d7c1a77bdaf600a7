import { listPublicClaims } from "@/lib/models/list-public-claims";
import { csvFile, type CsvResult } from "../api-result";
import { writeCsv } from "../write-csv";
import { CLAIM_CSV_COLUMNS } from "./csv-columns";
import { findModelIdParam } from "./find-model-id-param";
import type { ClaimsCsvQuery } from "./query-schemas";
import { toClaimDto } from "@/lib/claims/claim-dto";

/** Every matching claim, in the list endpoint's order, as one CSV file. */
export async function exportClaimsCsv(query: ClaimsCsvQuery): Promise<CsvResult> {
  const modelId = await findModelIdParam(query.model);
  const rows = await listPublicClaims({ modelId, status: query.status, category: query.category });
  const name = query.model ? `modelwatch-claims-${query.model}` : "modelwatch-claims";
  return csvFile(name, writeCsv(CLAIM_CSV_COLUMNS, rows.map(toClaimDto)));
}
