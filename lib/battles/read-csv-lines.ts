/**
 * Splits a UTF-8 byte stream into lines as its chunks arrive: a
 * 1,000,000-row upload is never held in memory whole. A trailing "\r" is
 * dropped (CRLF files); an empty last line is not given. Synchronous, so a
 * reader can take a chunk's lines at once rather than awaiting each line (an
 * async step per row costs more garbage than the row itself).
 */
export class LineSplitter {
  private readonly decoder = new TextDecoder("utf-8", { fatal: false });
  private rest = "";

  /** The lines this chunk completes. */
  push(chunk: Uint8Array): string[] {
    const lines: string[] = [];
    const text = this.rest + this.decoder.decode(chunk, { stream: true });
    let start = 0;
    let nl = text.indexOf("\n", start);
    while (nl >= 0) {
      lines.push(text.charCodeAt(nl - 1) === 13 ? text.slice(start, nl - 1) : text.slice(start, nl));
      start = nl + 1;
      nl = text.indexOf("\n", start);
    }
    this.rest = text.slice(start);
    return lines;
  }

  /** The last line, when the stream did not end with a line break. */
  end(): string[] {
    let rest = this.rest + this.decoder.decode();
    this.rest = "";
    if (rest.endsWith("\r")) rest = rest.slice(0, -1);
    return rest === "" ? [] : [rest];
  }
}

/** The lines of a UTF-8 byte stream, one at a time. */
export async function* readLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const splitter = new LineSplitter();
  for await (const chunk of chunks) yield* splitter.push(chunk);
  yield* splitter.end();
}

/**
 * The fields of one CSV line (RFC 4180 quoting: "a, b" and "say ""hi"""). A
 * battle row never needs a line break inside a field, so rows are lines.
 * Null when a quote is left open.
 */
export function splitCsvLine(line: string): string[] | null {
  if (!line.includes('"')) return line.split(",");
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"' && cur === "") quoted = true;
    else if (c === ",") {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  if (quoted) return null;
  out.push(cur);
  return out;
}
