// The server's front cache, on the production server over HTTP: anonymous public reads
// from memory with the same headers, compression and validators as a render; nothing
// personal ever in it; a write shows on the next read, in another server process too.
import http from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "../helpers/app-server";
import { signInOverHttp, type SessionCookie } from "../helpers/sign-in-over-http";
import { createPostgresDatabase, makeTempDir, testDatabaseKinds } from "../helpers/test-databases";

const PROFILE = "/models/happyhorse-1-0";

/** A GET as a client sends it, the body as it came over the wire (fetch would decode it). */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { "accept-encoding": "identity", ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const h = new Headers();
        for (const [name, value] of Object.entries(res.headers)) {
          for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) h.append(name, v);
        }
        resolve({ status: res.statusCode ?? 0, headers: h, body: Buffer.concat(chunks) });
      });
    });
    req.on("error", reject);
  });
}

describe.each(testDatabaseKinds())("front cache on %s", (kind) => {
  // On PostgreSQL, two server processes on one database: writes go to one, reads to the other.
  let writer: AppServer;
  let reader: AppServer;
  const cleanups: (() => Promise<unknown> | void)[] = [];
  let editor: SessionCookie;

  beforeAll(async () => {
    if (kind === "postgres") {
      const db = await createPostgresDatabase();
      cleanups.push(db.drop);
      writer = await startAppServer({ DATABASE_URL: db.url, MODELWATCH_AUTO_SEED: "true" });
      cleanups.push(() => writer.stop());
      reader = await startAppServer({ DATABASE_URL: db.url });
      cleanups.push(() => reader.stop());
    } else {
      writer = await startAppServer({ MODELWATCH_DATA_DIR: makeTempDir("mw-front-cache-") });
      cleanups.push(() => writer.stop());
      reader = writer;
    }
    editor = await signInOverHttp(writer.baseURL, "editor@modelwatch.local", "modelwatch-editor");
  }, 400_000);
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it("answers a second anonymous read from memory with the same body and headers", async () => {
    const first = await get(reader.baseURL + PROFILE);
    const second = await get(reader.baseURL + PROFILE);
    expect(first.status).toBe(200);
    expect(second.headers.get("x-modelwatch-cache")).toBe("hit");
    expect(second.body.toString()).toBe(first.body.toString());
    for (const h of ["content-type", "content-security-policy", "x-frame-options", "x-content-type-options", "referrer-policy", "cache-control", "etag"]) {
      expect(second.headers.get(h), h).toBe(first.headers.get(h));
    }
    expect(second.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    // Behind a CDN, a correction shows within the configured lifetime (30 s by default).
    expect(second.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=30, stale-while-revalidate=30");
    expect(second.headers.get("set-cookie")).toBeNull();
  });

  it("negotiates br and gzip from stored variants and answers If-None-Match with 304", async () => {
    const plain = (await get(reader.baseURL + "/leaderboards/text-to-video")).body.toString();
    const br = await get(reader.baseURL + "/leaderboards/text-to-video", { "accept-encoding": "gzip, deflate, br" });
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toBe(plain);
    const gz = await get(reader.baseURL + "/leaderboards/text-to-video", { "accept-encoding": "gzip" });
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(plain);
    expect(gz.headers.get("vary")).toMatch(/Accept-Encoding/i);

    for (const path of ["/api/v1/models/happyhorse-1-0", "/feeds/models/happyhorse-1-0"]) {
      const first = await get(reader.baseURL + path);
      const etag = first.headers.get("etag");
      expect(etag, path).toBeTruthy();
      const again = await get(reader.baseURL + path, { "if-none-match": etag ?? "" });
      expect(again.status, path).toBe(304);
      expect(again.body.length).toBe(0);
    }
  });

  it("never serves a signed-in reader from the shared cache, nor lets a personal answer reach an anonymous one", async () => {
    await get(reader.baseURL + PROFILE);
    const session = await signInOverHttp(reader.baseURL, "editor@modelwatch.local", "modelwatch-editor");
    const signedIn = await get(reader.baseURL + PROFILE, { cookie: session.header });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get("x-modelwatch-cache")).toBeNull();
    const me = await get(reader.baseURL + "/api/v1/me", { cookie: session.header });
    expect(me.status).toBe(200);
    const anonymousMe = await get(reader.baseURL + "/api/v1/me");
    expect(anonymousMe.status).toBe(401);
    const withToken = await get(reader.baseURL + "/api/v1/models/happyhorse-1-0", { authorization: "Bearer mw_not-a-token" });
    expect(withToken.headers.get("x-modelwatch-cache")).toBeNull();
  });

  it("shows a write on the next anonymous read, in the other server process too", async () => {
    // Warm the reader's cache, then change the profile through the writer.
    await get(reader.baseURL + PROFILE);
    expect((await get(reader.baseURL + PROFILE)).headers.get("x-modelwatch-cache")).toBe("hit");
    const statement = `Front cache check ${Date.now()}: a public API is documented`;
    const created = await fetch(`${writer.baseURL}/api/v1/models/happyhorse-1-0/claims`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: editor.header, origin: writer.baseURL },
      body: JSON.stringify({ category: "API", statement, note: "front cache test", sources: [{ url: "https://example.com/docs", title: "Docs", kind: "OFFICIAL" }] }),
    });
    expect(created.status).toBe(201);
    // The other process hears of it through PostgreSQL NOTIFY, within milliseconds.
    await expect.poll(async () => (await get(reader.baseURL + PROFILE)).body.toString(), { timeout: 5_000, interval: 50 }).toContain(statement);
  });
});
