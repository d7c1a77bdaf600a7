// Request bodies, read with a limit. A body over its endpoint's limit is
// refused with 413 naming the limit (from Content-Length before a byte is
// read, or as soon as the count passes it), never parsed cut short; a body
// that ends before the length it announced is a clear 400.
import { RequestValidationError } from "../errors";
import { PayloadTooLargeError } from "./problem";

const MIB = 1024 * 1024;

/** Every JSON body not declared larger (apiRoute). proxy.ts buffers at most 2 MiB of these (next.config.js). */
export const DEFAULT_BODY_LIMIT = MIB;
/** Battles as CSV: streamed to a spool file on disk, never held in memory. */
export const BATTLES_CSV_LIMIT = 256 * MIB;
/** Battles as JSON: at most 100,000 of them, parsed in memory. */
export const BATTLES_JSON_LIMIT = 32 * MIB;
/** Snapshot imports (`csv` of 2,000,000 characters or 5000 `rows`) and OPML (5,000,000 characters), JSON-escaped. */
export const LARGE_JSON_LIMIT = 16 * MIB;

/** "256 MiB", "1 MiB", "512 KiB". */
export function describeBytes(bytes: number): string {
  if (bytes % MIB === 0) return `${bytes / MIB} MiB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

function declaredLength(request: Request): number | null {
  const header = request.headers.get("content-length");
  if (header === null) return null;
  if (!/^\d+$/.test(header.trim())) throw new RequestValidationError("header", [{ name: "Content-Length", reason: "is not a byte count" }]);
  return Number(header);
}

function cutShort(received: number, declared: number | null): RequestValidationError {
  const told = declared === null ? "" : ` of the ${declared} bytes its Content-Length announced`;
  return new RequestValidationError("body", [
    { name: "body", reason: `ended after ${received} bytes${told}: the upload was cut off before it was complete; nothing was imported` },
  ]);
}

/**
 * The body's chunks as they arrive, counted: more than `limit` bytes throws
 * PayloadTooLargeError (413) at once, a connection lost mid-body or a body
 * shorter than its Content-Length throws a 400. Nothing is buffered here.
 */
export async function* limitedBody(request: Request, limit: number): AsyncGenerator<Uint8Array> {
  const declared = declaredLength(request);
  if (declared !== null && declared > limit) throw new PayloadTooLargeError(limit, describeBytes(limit));
  if (!request.body) return;
  const reader = request.body.getReader();
  let received = 0;
  for (;;) {
    let next: ReadableStreamReadResult<Uint8Array>;
    try {
      next = await reader.read();
    } catch {
      throw cutShort(received, declared);
    }
    if (next.done) break;
    received += next.value.byteLength;
    // The rest is left unread: the response says why, and the server closes the connection.
    if (received > limit) throw new PayloadTooLargeError(limit, describeBytes(limit));
    yield next.value;
  }
  if (declared !== null && received < declared) throw cutShort(received, declared);
}

/** The whole body as text (UTF-8), within `limit` bytes. */
export async function readBodyText(request: Request, limit: number): Promise<string> {
  const decoder = new TextDecoder();
  let text = "";
  for await (const chunk of limitedBody(request, limit)) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}
