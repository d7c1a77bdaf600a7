// Request bodies sent the way real clients send them, which fetch() cannot
// always do: a declared Content-Length or chunked, streamed from a file or a
// generator, stopped as soon as the server answers (as curl does on an early
// 413), or cut off mid-body with the connection half-closed.
import http from "node:http";
import net from "node:net";

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

export interface PostOptions {
  headers?: Record<string, string>;
  /** The body's chunks; written with backpressure until the server answers. */
  body: AsyncIterable<Uint8Array> | Uint8Array;
  /** Sent as Content-Length; omitted = chunked transfer encoding. */
  contentLength?: number;
}

export function postOverHttp(url: string, opts: PostOptions): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.contentLength !== undefined) headers["content-length"] = String(opts.contentLength);
    const req = http.request(url, { method: "POST", headers });
    let answered = false;
    req.on("response", (res) => {
      answered = true;
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      res.on("error", reject);
    });
    // A server that answers early and closes may reset the rest of the upload: the answer counts.
    req.on("error", (err) => {
      if (!answered) reject(err);
    });
    void (async () => {
      const chunks = opts.body instanceof Uint8Array ? [opts.body] : opts.body;
      for await (const chunk of chunks) {
        if (answered || req.destroyed) break;
        if (!req.write(chunk)) {
          await new Promise<void>((resolve) => {
            const done = () => {
              req.off("drain", done);
              req.off("close", done);
              resolve();
            };
            req.on("drain", done);
            req.on("close", done);
          });
        }
      }
      if (!req.destroyed) req.end();
    })().catch((err: unknown) => {
      if (!answered) reject(err);
    });
  });
}

/**
 * A POST whose body stops after `send` of the `contentLength` bytes it announced: the client
 * half-closes its side (no more bytes will come) and waits for the answer.
 */
export function postCutShort(url: string, opts: { headers: Record<string, string>; contentLength: number; send: Uint8Array }): Promise<RawResponse> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(u.port), u.hostname, () => {
      const head = [`POST ${u.pathname}${u.search} HTTP/1.1`, `Host: ${u.host}`, `Content-Length: ${opts.contentLength}`, "Connection: close"];
      for (const [k, v] of Object.entries(opts.headers)) head.push(`${k}: ${v}`);
      socket.write(`${head.join("\r\n")}\r\n\r\n`);
      socket.write(opts.send);
      socket.end();
    });
    let raw = "";
    socket.setEncoding("utf8");
    socket.on("data", (c: string) => (raw += c));
    socket.on("error", reject);
    socket.on("close", () => {
      const [headText = "", ...rest] = raw.split("\r\n\r\n");
      const [statusLine = "", ...lines] = headText.split("\r\n");
      const headers: http.IncomingHttpHeaders = {};
      for (const l of lines) {
        const i = l.indexOf(":");
        if (i > 0) headers[l.slice(0, i).toLowerCase()] = l.slice(i + 1).trim();
      }
      resolve({ status: Number(statusLine.split(" ")[1] ?? 0), headers, text: rest.join("\r\n\r\n") });
    });
  });
}
