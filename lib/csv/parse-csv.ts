/**
 * Reads RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks)
 * into rows of strings. The inverse of writeCsv (lib/api); read by snapshot
 * imports and leaderboard sources, and by tests checking exports.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cur = "";
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(cur);
    cur = "";
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cur += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else cur += c;
      i++;
      continue;
    }
    if (c === '"' && cur === "") quoted = true;
    else if (c === ",") endField();
    else if (c === "\r" && text[i + 1] === "\n") {
      endRow();
      i++;
    } else if (c === "\n") endRow();
    else cur += c;
    i++;
  }
  if (quoted) throw new Error("CSV ends inside a quoted field");
  // A final line break ends the last row; it does not start an empty one.
  if (cur !== "" || row.length) endRow();
  return rows;
}

/** Rows as records keyed by the header row. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
}
