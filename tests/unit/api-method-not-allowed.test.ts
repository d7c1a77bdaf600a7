import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allowedApiMethods, apiMethodNotAllowed } from "@/lib/api/method-not-allowed";

const root = path.join(process.cwd(), "app", "api", "v1");
const routeFiles = fs
  .readdirSync(root, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith("route.ts") && !f.includes("[..."));

describe("methods an API path takes", () => {
  it("match the handlers every route file exports, so the proxy never refuses one that exists", () => {
    expect(routeFiles.length).toBeGreaterThan(40);
    for (const file of routeFiles) {
      const source = fs.readFileSync(path.join(root, file), "utf8");
      const exported = [...source.matchAll(/^export const (GET|POST|PUT|PATCH|DELETE|OPTIONS)\b/gm)].map((m) => m[1]!);
      const expected = new Set([...exported, ...(exported.includes("GET") ? ["HEAD"] : [])]);
      // A sample value for each dynamic segment, unlike any static segment beside it.
      const url = `/api/v1/${path.dirname(file)}`.replace(/\[\w+\]/g, "sample-value-1").replace(/\/\.$/, "");
      expect({ file, methods: new Set(allowedApiMethods(url)) }).toEqual({ file, methods: expected });
      // And the route's CORS preflight announces the same ones.
      const preflight = /corsPreflight\(\[([^\]]*)\]\)/.exec(source)?.[1]?.match(/[A-Z]+/g) ?? [];
      expect({ file, preflight: new Set(preflight) }).toEqual({ file, preflight: new Set(exported.filter((m) => m !== "OPTIONS")) });
    }
  });

  it("answers a method the path does not take with a problem+json 405 naming the ones it does", async () => {
    const res = apiMethodNotAllowed("POST", "/api/v1/claims")!;
    expect(res.status).toBe(405);
    expect(res.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(await res.json()).toMatchObject({
      type: "/docs/api#problem-method-not-allowed",
      status: 405,
      allowed: ["GET", "HEAD", "OPTIONS"],
      instance: "/api/v1/claims",
      detail: "/api/v1/claims does not take POST; it takes GET, HEAD, OPTIONS.",
    });
    // A static path wins over a template that also matches it, as in Next's routing.
    expect(allowedApiMethods("/api/v1/feeds/opml")).toEqual(["POST", "OPTIONS"]);
  });

  it("lets through methods a path takes, and paths no endpoint has (the catch-all's 404)", () => {
    expect(apiMethodNotAllowed("GET", "/api/v1/claims")).toBeNull();
    expect(apiMethodNotAllowed("HEAD", "/api/v1/models/happyhorse-1-0")).toBeNull();
    expect(apiMethodNotAllowed("PATCH", "/api/v1/models/happyhorse-1-0")).toBeNull();
    expect(apiMethodNotAllowed("OPTIONS", "/api/v1/claims")).toBeNull();
    expect(apiMethodNotAllowed("POST", "/api/v1/nothing/here")).toBeNull();
  });
});
