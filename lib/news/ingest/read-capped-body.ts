import { pipeline, Transform, Writable, type Readable } from "node:stream";
import zlib from "node:zlib";
import { FeedFetchError } from "./feed-fetch-error";

/** Counts bytes through a stream and fails as soon as `limit` is passed. */
function byteCap(limit: number, what: string): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > limit) done(new FeedFetchError("too-large", `The feed's ${what} is larger than ${limit} bytes.`));
      else done(null, chunk);
    },
  });
}

/** "deflate" is zlib-wrapped by the spec but raw in some servers: decide from the first byte. */
function deflateDecoder(): Transform {
  let inner: zlib.Inflate | zlib.InflateRaw | null = null;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (!inner) {
        inner = (chunk[0]! & 0x0f) === 8 ? zlib.createInflate() : zlib.createInflateRaw();
        inner.on("data", (out: Buffer) => this.push(out));
        inner.on("error", (error) => this.destroy(error));
      }
      inner.write(chunk, () => done());
    },
    flush(done) {
      if (!inner) return done();
      inner.once("end", () => done());
      inner.end();
    },
  });
}

function decoderFor(coding: string): Transform | null {
  switch (coding) {
    case "identity":
    case "":
      return null;
    case "gzip":
    case "x-gzip":
      return zlib.createGunzip();
    case "deflate":
      return deflateDecoder();
    case "br":
      return zlib.createBrotliDecompress();
    default:
      throw new FeedFetchError("bad-content", `Unsupported Content-Encoding "${coding}".`);
  }
}

/**
 * Reads a response body, decompressing it, with the cap applied both to the
 * bytes on the wire and to the decompressed bytes (a tiny gzip bomb is refused
 * as soon as its output passes the cap, long before it fills memory).
 */
export function readCappedBody(body: Readable, contentEncoding: string | undefined, maxBytes: number): Promise<Buffer> {
  const codings = (contentEncoding ?? "").split(",").map((c) => c.trim().toLowerCase()).reverse();
  let decoders: Transform[];
  try {
    decoders = codings.map(decoderFor).filter((d): d is Transform => d !== null);
  } catch (error) {
    body.destroy();
    return Promise.reject(error);
  }
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const stages: NodeJS.ReadWriteStream[] = [byteCap(maxBytes, "body"), ...decoders];
  if (decoders.length) stages.push(byteCap(maxBytes, "decompressed body"));
  return new Promise((resolve, reject) => {
    pipeline([body, ...stages, sink], (error) => {
      if (!error) return resolve(Buffer.concat(chunks));
      if (error instanceof FeedFetchError) return reject(error);
      const code = (error as NodeJS.ErrnoException).code ?? "";
      if (code.startsWith("Z_") || code.startsWith("ERR__") || code.includes("BROTLI"))
        return reject(new FeedFetchError("bad-content", "The feed's compressed body is corrupt.", { cause: error }));
      reject(error);
    });
  });
}
