import { artificialAnalysis } from "./adapters/artificial-analysis";
import { fastchatCsv } from "./adapters/fastchat-csv";
import { lmarenaCatalog } from "./adapters/lmarena-catalog";
import { mapped } from "./adapters/mapped";
import type { AdapterInput, AdapterOutcome, SourceAdapter, SourceAdapterName } from "./source-entry";

/** The one table of formats: a new format is one adapter file, its tests, and a line here. */
export const sourceAdapters: Record<SourceAdapterName, SourceAdapter> = {
  "lmarena-catalog": lmarenaCatalog,
  "artificial-analysis": artificialAnalysis,
  "fastchat-csv": fastchatCsv,
  mapped,
};

/** A fetched (or backfilled) body through its source's adapter. */
export function readPublication(adapter: SourceAdapterName, body: string, input: AdapterInput): AdapterOutcome {
  return sourceAdapters[adapter](body, input);
}
