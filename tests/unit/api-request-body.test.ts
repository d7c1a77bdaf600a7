// Bodies read with a limit (lib/api/request-body.ts): over it is 413 naming it, before a byte is
// read when Content-Length says so; a body that ends early is a 400 saying so, never parsed short.
import { describe, expect, it } from "vitest";
import { PayloadTooLargeError } from "@/lib/api/problem";
import { RequestValidationError } from "@/lib/errors";
import { limitedBody, readBodyText } from "@/lib/api/request-body";

function request(chunks: string[], opts: { length?: number; failAfter?: number } = {}): Request {
  let i = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (opts.failAfter !== undefined && i === opts.failAfter) return controller.error(new Error("aborted"));
      if (i === chunks.length) return controller.close();
      controller.enqueue(new TextEncoder().encode(chunks[i++]));
    },
  });
  const headers = opts.length !== undefined ? { "content-length": String(opts.length) } : undefined;
  return new Request("http://x.test/", { method: "POST", body, headers, duplex: "half" } as RequestInit);
}

async function drain(req: Request, limit: number): Promise<number> {
  let n = 0;
  for await (const c of limitedBody(req, limit)) n += c.byteLength;
  return n;
}

describe("request bodies with a limit", () => {
  it("reads a body up to its limit, exactly", async () => {
    expect(await readBodyText(request(["ab", "cd"], { length: 4 }), 4)).toBe("abcd");
    expect(await drain(request(["abc", "d"]), 4)).toBe(4);
  });

  it("refuses one byte over, from Content-Length or while counting", async () => {
    await expect(drain(request(["abcde"], { length: 5 }), 4)).rejects.toBeInstanceOf(PayloadTooLargeError);
    const err = await drain(request(["ab", "cde"]), 4).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PayloadTooLargeError);
    expect(err).toMatchObject({ maxBytes: 4, limit: "4 bytes" });
  });

  it("calls a body cut short a 400 naming how much arrived, whether the connection failed or ended early", async () => {
    const failed = await drain(request(["abc", "def"], { failAfter: 1 }), 100).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(RequestValidationError);
    expect((failed as RequestValidationError).params[0]?.reason).toMatch(/^ended after 3 bytes: the upload was cut off/);
    const short = await drain(request(["abc"], { length: 10 }), 100).catch((e: unknown) => e);
    expect((short as RequestValidationError).params[0]?.reason).toMatch(/^ended after 3 bytes of the 10 bytes its Content-Length announced/);
  });
});
