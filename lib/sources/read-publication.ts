import { artificialAnalysis } from "./adapters/artificial-analysis";
import { fastchatCsv } from "./adapters/fastchat-csv";
import { lmarenaCatalog } from "./adapters/lmarena-catalog";
import { mapped } from "./adapters/mapped";
import type { AdapterInput, AdapterOutcome, ColumnMapping, SourceAdapter, SourceAdapterName } from "./source-entry";

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

/** A source row's settings as stored (adapter and mapping untyped in the database). */
export interface StoredSourceSettings {
  adapter: string;
  selector: string | null;
  mapping: unknown;
}

/**
 * Raw bytes of a publication (fetched, uploaded, or a kept version once
 * unzipped) through the source's adapter: UTF-8, byte-order mark dropped.
 */
export function readSourceBody(source: StoredSourceSettings, body: Buffer): AdapterOutcome {
  return readPublication(source.adapter as SourceAdapterName, body.toString("utf8").replace(/^\uFEFF/, ""), {
    selector: source.selector,
    mapping: (source.mapping as ColumnMapping | null) ?? null,
  });
}
