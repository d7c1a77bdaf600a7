import fs from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import type { OpenApiDocument } from "@/lib/api/openapi-types";
import { HAPPYHORSE_SLUG } from "@/lib/db/seed/demo-models";
import { expectProblem, getJson } from "./api-client";

const READS = [
  "/api/v1/models",
  `/api/v1/models/${HAPPYHORSE_SLUG}`,
  "/api/v1/claims?status=VERIFIED",
  "/api/v1/claims.csv",
  "/api/v1/leaderboards",
  "/api/v1/leaderboards/text-to-video/standings?at=2026-08-01",
  "/api/v1/leaderboards/text-to-video/history?models=seedance-2-0",
  "/api/v1/leaderboards/text-to-video/history.csv",
  "/api/v1/news",
  "/api/v1/openapi.json",
];

describe.each(inject("e2eServers"))("API HTTP conventions on $kind", ({ baseURL }) => {
  it("sends an ETag and Cache-Control, and 304 on a matching If-None-Match", async () => {
    for (const p of READS) {
      const res = await fetch(`${baseURL}${p}`);
      expect(res.status, p).toBe(200);
      const etag = res.headers.get("etag") as string;
      expect(etag, p).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
      expect(res.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
      const body = await res.text();

      // Same data, same validator: the ETag is a hash of the body, not of the time.
      const again = await fetch(`${baseURL}${p}`);
      expect(again.headers.get("etag")).toBe(etag);
      expect(await again.text()).toBe(body);

      const cached = await fetch(`${baseURL}${p}`, { headers: { "If-None-Match": etag } });
      expect(cached.status, p).toBe(304);
      expect(cached.headers.get("etag")).toBe(etag);
      expect(cached.headers.get("access-control-allow-origin")).toBe("*");
      expect(await cached.text()).toBe("");
      const listed = await fetch(`${baseURL}${p}`, { headers: { "If-None-Match": `W/"other", ${etag.slice(2)}` } });
      expect(listed.status, `${p} with a list`).toBe(304);
      const stale = await fetch(`${baseURL}${p}`, { headers: { "If-None-Match": 'W/"stale"' } });
      expect(stale.status).toBe(200);
    }
  });

  it("allows any origin on every response and answers preflights", async () => {
    for (const p of [...READS, "/api/v1/models/nope", "/api/v1/claims?status=x"]) {
      const res = await fetch(`${baseURL}${p}`, { headers: { Origin: "https://notebook.example" } });
      expect(res.headers.get("access-control-allow-origin"), p).toBe("*");
      expect(res.headers.get("access-control-expose-headers")).toContain("ETag");
      await res.arrayBuffer();
    }
    const pre = await fetch(`${baseURL}/api/v1/models/${HAPPYHORSE_SLUG}`, {
      method: "OPTIONS",
      headers: {
        Origin: "https://notebook.example",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "if-none-match",
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-origin")).toBe("*");
    expect(pre.headers.get("access-control-allow-methods")).toContain("GET");
    expect(pre.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("if-none-match");
  });

  it("answers HEAD with the headers of GET and no body", async () => {
    const get = await fetch(`${baseURL}/api/v1/models`);
    const head = await fetch(`${baseURL}/api/v1/models`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("etag")).toBe(get.headers.get("etag"));
    expect(await head.text()).toBe("");
  });

  it("answers unknown API paths and methods with problem+json, never HTML", async () => {
    const p = await expectProblem(baseURL, "/api/v1/nothing/here", 404);
    expect(p.detail).toContain("openapi.json");
    await expectProblem(baseURL, `/api/v1/models/${HAPPYHORSE_SLUG}/nope`, 404);
    const post = await fetch(`${baseURL}/api/v1/claims`, { method: "POST", body: "{}" });
    expect(post.status).toBe(405);
    expect(post.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    expect(post.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(post.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await post.json()).toMatchObject({ status: 405, type: "/docs/api#problem-method-not-allowed", allowed: ["GET", "HEAD", "OPTIONS"] });
  });

  it("serves an OpenAPI 3.1 document covering every route file", async () => {
    const { res, body: doc } = await getJson<OpenApiDocument>(baseURL, "/api/v1/openapi.json");
    expect(res.status).toBe(200);
    expect(doc.openapi).toBe("3.1.0");
    // Every route under app/api/v1 (but the catch-all) is documented, and nothing else is.
    const root = path.join(process.cwd(), "app", "api", "v1");
    const routes = fs
      .readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith("route.ts") && !f.includes("[..."))
      .map((f) => `/api/v1/${path.dirname(f)}`.replace(/\[(\w+)\]/g, "{$1}").replace(/\/\.$/, ""));
    expect(Object.keys(doc.paths).sort()).toEqual(routes.sort());
    // Every $ref points at a component that exists.
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1] as string);
    for (const ref of new Set(refs)) {
      const [, section, name] = ref.match(/^#\/components\/(schemas|headers)\/(.+)$/) ?? [];
      expect(section && name && doc.components[section as "schemas" | "headers"][name], ref).toBeTruthy();
    }
  });
});
