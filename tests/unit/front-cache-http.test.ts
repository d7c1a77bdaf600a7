// The front cache over real HTTP on loopback, in front of a handler that counts its renders.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { bumpFrontCacheGeneration } from "@/lib/server/front-cache/front-cache-generation";
import { withFrontCache, type FrontCache } from "@/lib/server/front-cache/with-front-cache";

let renders = 0;
let version = 1;
const page = () => `<html><body>${`<p>Version ${version}</p>`.repeat(200)}</body></html>`;

function app(req: http.IncomingMessage, res: http.ServerResponse): void {
  renders++;
  const url = new URL(req.url ?? "/", "http://x");
  if (url.pathname === "/slow-write") {
    // A write lands while this response is being made.
    const body = page();
    bumpFrontCacheGeneration();
    res.setHeader("cache-control", "s-maxage=3600");
    res.end(body);
    return;
  }
  if (url.pathname === "/personal") {
    res.setHeader("cache-control", "private, no-cache");
    res.end(`hello ${req.headers.cookie ?? "nobody"}`);
    return;
  }
  if (url.pathname === "/cookie") {
    res.setHeader("cache-control", "s-maxage=3600");
    res.setHeader("set-cookie", "seen=1");
    res.end(page());
    return;
  }
  if (url.pathname === "/gzipped") {
    res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip", "cache-control": "s-maxage=60" });
    res.end(gzipSync(page()));
    return;
  }
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.setHeader("cache-control", "s-maxage=3600, stale-while-revalidate=31532400");
  res.setHeader("etag", `"v${version}"`);
  res.setHeader("x-frame-options", "DENY");
  res.write(page().slice(0, 100));
  res.end(page().slice(100));
}

let server: http.Server;
let cache: FrontCache;
let base = "";

beforeAll(async () => {
  cache = withFrontCache(app, { budgetBytes: 8 << 20, maxTtlMs: 600_000, cdnMaxAgeSeconds: 30, isHttps: () => false });
  server = http.createServer((req, res) => void cache.handle(req, res));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  cache.clear();
  renders = 0;
});

function raw(path: string, headers: Record<string, string> = {}, method = "GET"): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("front cache over HTTP", () => {
  it("renders once and then answers from memory with the same bytes and headers", async () => {
    const first = await raw("/page");
    const second = await raw("/page");
    expect(renders).toBe(1);
    expect(second.body.toString()).toBe(first.body.toString());
    expect(second.headers["x-modelwatch-cache"]).toBe("hit");
    expect(first.headers["x-modelwatch-cache"]).toBeUndefined();
    for (const h of ["content-type", "etag", "x-frame-options", "cache-control"]) expect(second.headers[h], h).toBe(first.headers[h]);
    expect(first.headers["cache-control"]).toBe("public, max-age=0, s-maxage=30, stale-while-revalidate=30");
    expect(second.headers["content-length"]).toBe(String(first.body.length));
  });

  it("sends the stored gzip or br variant the client asks for, and says it varies on Accept-Encoding", async () => {
    const identity = (await raw("/page")).body.toString();
    const br = await raw("/page", { "accept-encoding": "gzip, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toBe(identity);
    const gz = await raw("/page", { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(identity);
    expect(gz.headers.vary).toMatch(/Accept-Encoding/i);
    expect(renders).toBe(1);
  });

  it("answers a matching If-None-Match with 304 and no body", async () => {
    const first = await raw("/page");
    const again = await raw("/page", { "if-none-match": String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect((await raw("/page", { "if-none-match": '"other"' })).status).toBe(200);
  });

  it("answers HEAD from memory without a body", async () => {
    await raw("/page");
    const head = await raw("/page", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(renders).toBe(1);
  });

  it("drops everything when a write invalidates, and never keeps what was rendered during a write", async () => {
    await raw("/page");
    version++;
    bumpFrontCacheGeneration();
    expect((await raw("/page")).body.toString()).toContain(`Version ${version}`);
    expect(renders).toBe(2);
    await raw("/slow-write");
    await raw("/slow-write");
    expect(renders).toBe(4);
  });

  it("never serves a signed-in request from the cache, nor stores what it gets", async () => {
    await raw("/page");
    const signedIn = await raw("/page", { cookie: "modelwatch.session=abc" });
    expect(signedIn.headers["x-modelwatch-cache"]).toBeUndefined();
    expect(renders).toBe(2);
    await raw("/personal", { cookie: "modelwatch.session=abc" });
    const anonymous = await raw("/personal");
    expect(anonymous.body.toString()).toBe("hello nobody");
    await raw("/page", { authorization: "Bearer x" });
    expect(renders).toBe(5);
  });

  it("does not keep responses that set cookies, and decodes what the application compressed itself", async () => {
    await raw("/cookie");
    const again = await raw("/cookie");
    expect(again.headers["x-modelwatch-cache"]).toBeUndefined();
    await raw("/gzipped", { "accept-encoding": "gzip" });
    const plain = await raw("/gzipped");
    expect(plain.headers["x-modelwatch-cache"]).toBe("hit");
    expect(plain.body.toString()).toContain("Version");
  });
});
