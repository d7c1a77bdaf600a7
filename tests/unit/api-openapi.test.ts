import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { getOpenApiDocument } from "@/lib/api/v1/openapi-document";
import { apiSchemas } from "@/lib/api/v1/schemas/common-schemas";

const routesRoot = path.join(process.cwd(), "app", "api", "v1");
const routeFiles = fs
  .readdirSync(routesRoot, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith("route.ts") && !f.includes("[..."));

describe("OpenAPI document", () => {
  const doc = getOpenApiDocument();

  it("is OpenAPI 3.1 with one operation per declared endpoint", () => {
    expect(doc.openapi).toBe("3.1.0");
    const ops = Object.values(doc.paths).flatMap((p) => Object.values(p).map((o) => o?.operationId));
    expect(ops.sort()).toEqual(Object.values(apiV1).map((e) => e.operationId).sort());
  });

  it("binds every route file to the endpoints declared for its path, and exports OPTIONS", () => {
    const boundNames: string[] = [];
    for (const file of routeFiles) {
      const source = fs.readFileSync(path.join(routesRoot, file), "utf8");
      const urlPath = `/api/v1/${path.dirname(file)}`.replace(/\[(\w+)\]/g, "{$1}");
      const bound = [...source.matchAll(/apiRoute\(apiV1\.(\w+)/g)].map((m) => m[1] as keyof typeof apiV1);
      expect(bound.length, file).toBeGreaterThan(0);
      for (const name of bound) expect(apiV1[name].path, `${file}: ${name}`).toBe(urlPath);
      boundNames.push(...bound);
      expect(source, file).toMatch(/export const OPTIONS = corsPreflight/);
      // The preflight must allow every method the file serves, or browsers never send the write.
      const served = [...source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]);
      const preflight = source.match(/corsPreflight\(\[([^\]]*)\]\)/)?.[1] ?? "";
      for (const method of served) expect(preflight, `${file} preflight lacks ${method}`).toContain(`"${method}"`);
      expect(source, file).toMatch(/export const dynamic = "force-dynamic"/);
    }
    expect(boundNames.sort()).toEqual(Object.keys(apiV1).sort());
  });

  it("publishes exactly the registered zod schemas as components, each $ref resolvable", () => {
    const { schemas } = z.toJSONSchema(apiSchemas, { uri: (id) => `#/components/schemas/${id}` });
    expect(Object.keys(doc.components.schemas).sort()).toEqual(Object.keys(schemas).sort());
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/(\w+)\/(\w[\w-]*)"/g)];
    expect(refs.length).toBeGreaterThan(20);
    for (const [, section, name] of refs) {
      expect(doc.components[section as "schemas" | "headers"][name as string], `${section}/${name}`).toBeDefined();
    }
    // Embedded components must not re-root themselves.
    for (const s of Object.values(doc.components.schemas)) expect(s.$id ?? s.$schema).toBeUndefined();
  });

  it("documents 400 on every operation, 404 where a slug is looked up, 308 for merged models", () => {
    for (const [p, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const name = `${method.toUpperCase()} ${p}`;
        expect(op.responses["400"], name).toBeDefined();
        if (/\{(slug|id)\}/.test(p) || op.parameters.some((x) => x.name === "model" || x.name === "models")) {
          expect(op.responses["404"], name).toBeDefined();
        }
      }
    }
    expect(doc.paths["/api/v1/models/{slug}"]?.get?.responses["308"]).toBeDefined();
    const limit = doc.paths["/api/v1/models"]?.get?.parameters.find((x) => x.name === "limit");
    expect(limit?.schema).toMatchObject({ type: "integer", minimum: 1, maximum: 100 });
  });

  it("declares every tag an operation uses, so the docs page lists every operation", () => {
    const declared = new Set(doc.tags.map((t) => t.name));
    for (const [p, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        for (const tag of op.tags) expect(declared.has(tag), `${method.toUpperCase()} ${p}: tag ${tag}`).toBe(true);
      }
    }
  });

  it("is valid JSON and stable", () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
    expect(getOpenApiDocument()).toBe(doc);
  });
});
