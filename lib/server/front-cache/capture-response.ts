import type { OutgoingHttpHeaders, ServerResponse } from "node:http";

export interface CapturedResponse {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  /** The body as sent (possibly compressed by the application), or null if it outgrew the cap. */
  body: Buffer | null;
}

type Chunk = string | Uint8Array;

function lowerCase(headers: OutgoingHttpHeaders | readonly unknown[] | undefined): Record<string, string | string[] | number | undefined> {
  const out: Record<string, string | string[] | number | undefined> = {};
  if (!headers) return out;
  if (Array.isArray(headers)) {
    for (let i = 0; i + 1 < headers.length; i += 2) out[String(headers[i]).toLowerCase()] = String(headers[i + 1]);
    return out;
  }
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value as string | string[] | number | undefined;
  return out;
}

/**
 * Lets a response go to the client exactly as the application writes it, while keeping
 * a copy (up to `capBytes`) for the cache; `rewriteHeader` may change a header on its way
 * out (the copy keeps the original). `onDone` runs once the response has finished.
 */
export function captureResponse(
  res: ServerResponse,
  capBytes: number,
  rewriteHeader: (name: string, value: string) => string,
  onDone: (captured: CapturedResponse) => void,
): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let overflow = false;
  const originals: Record<string, string | string[] | number | undefined> = {};
  const keep = (chunk: Chunk | undefined, encoding?: BufferEncoding) => {
    if (chunk === undefined || overflow) return;
    const buf = typeof chunk === "string" ? Buffer.from(chunk, encoding ?? "utf8") : Buffer.from(chunk);
    size += buf.length;
    if (size > capBytes) {
      overflow = true;
      chunks.length = 0;
    } else chunks.push(buf);
  };

  const setHeader = res.setHeader.bind(res);
  res.setHeader = (name: string, value: string | number | readonly string[]) => {
    originals[name.toLowerCase()] = Array.isArray(value) ? [...(value as string[])] : (value as string | number);
    return setHeader(name, typeof value === "string" ? rewriteHeader(name.toLowerCase(), value) : value);
  };
  const removeHeader = res.removeHeader.bind(res);
  res.removeHeader = (name: string) => {
    delete originals[name.toLowerCase()];
    removeHeader(name);
  };
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const headersArg = rest.find((r) => typeof r === "object" && r !== null) as OutgoingHttpHeaders | undefined;
    const given = lowerCase(headersArg);
    Object.assign(originals, given);
    const rewritten: OutgoingHttpHeaders = {};
    for (const [n, v] of Object.entries(given)) rewritten[n] = typeof v === "string" ? rewriteHeader(n, v) : v;
    const message = rest.find((r) => typeof r === "string");
    return headersArg ? writeHead(status, ...(message ? [message] : []), rewritten) : writeHead(status, ...rest);
  }) as ServerResponse["writeHead"];
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  res.write = ((chunk: Chunk, ...rest: unknown[]) => {
    keep(chunk, typeof rest[0] === "string" ? (rest[0] as BufferEncoding) : undefined);
    return write(chunk, ...rest);
  }) as ServerResponse["write"];
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.end = ((...args: unknown[]) => {
    const chunk = args[0];
    if (typeof chunk === "string" || chunk instanceof Uint8Array) keep(chunk, typeof args[1] === "string" ? (args[1] as BufferEncoding) : undefined);
    return end(...args);
  }) as ServerResponse["end"];

  res.once("finish", () => {
    const headers = { ...lowerCase(res.getHeaders()), ...originals };
    onDone({ status: res.statusCode, headers, body: overflow ? null : Buffer.concat(chunks) });
  });
}
