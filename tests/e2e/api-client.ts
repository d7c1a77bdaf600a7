// Helpers for the API contract tests: fetch JSON, walk cursor pages, and
// validate bodies against the schemas in the OpenAPI document the server
// itself serves (so a drift between document and routes fails a test).
import { expect } from "vitest";
import { z } from "zod";
import type { OpenApiDocument } from "@/lib/api/openapi-types";
import { buildDemoRows } from "@/lib/db/seed/build-demo-rows";

export interface JsonResponse<T = unknown> {
  res: Response;
  body: T;
}

export async function getJson<T = Record<string, unknown>>(
  baseURL: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<JsonResponse<T>> {
  const res = await fetch(`${baseURL}${path}`, { headers, redirect: "manual" });
  const text = await res.text();
  return { res, body: (text ? JSON.parse(text) : null) as T };
}

export interface ListBody<T> {
  data: T[];
  next: string | null;
  notice: string | null;
}

/** Follows `next` from the first page to the last; fails on a page that repeats. */
export async function walkPages<T>(baseURL: string, path: string): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  const seen = new Set<string>();
  let cursor: string | null = null;
  let pages = 0;
  do {
    const sep = path.includes("?") ? "&" : "?";
    const url: string = cursor ? `${path}${sep}cursor=${encodeURIComponent(cursor)}` : path;
    const { res, body } = await getJson<ListBody<T>>(baseURL, url);
    expect(res.status, url).toBe(200);
    items.push(...body.data);
    cursor = body.next;
    if (cursor !== null) {
      expect(seen.has(cursor), "a cursor repeated").toBe(false);
      seen.add(cursor);
      // The Link header carries the same cursor.
      expect(res.headers.get("link")).toContain(`cursor=${encodeURIComponent(cursor)}`);
    } else {
      expect(res.headers.get("link")).toBeNull();
    }
    pages++;
    expect(pages, "too many pages").toBeLessThan(500);
  } while (cursor !== null);
  return { items, pages };
}

function toDefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toDefs);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        k === "$ref" && typeof v === "string" ? v.replace("#/components/schemas/", "#/$defs/") : toDefs(v),
      ]),
    );
  }
  return value;
}

/** Validators built from the served document's component schemas. */
export class OpenApiContract {
  private readonly defs: Record<string, unknown>;

  constructor(readonly doc: OpenApiDocument) {
    this.defs = toDefs(doc.components.schemas) as Record<string, unknown>;
  }

  /** The schema the document promises for `status` of `method path` (JSON bodies only). */
  responseSchema(path: string, status: string, method: "get" = "get"): z.ZodType {
    const op = this.doc.paths[path]?.[method];
    if (!op) throw new Error(`the document has no ${method} ${path}`);
    const response = op.responses[status];
    if (!response) throw new Error(`${method} ${path} documents no ${status}`);
    const content = response.content ?? {};
    const media = content["application/json"] ?? content["application/problem+json"];
    if (!media) throw new Error(`${method} ${path} ${status} has no JSON body`);
    const root = { ...(toDefs(media.schema) as object), $defs: this.defs };
    return z.fromJSONSchema(root as Parameters<typeof z.fromJSONSchema>[0]);
  }

  /** Asserts the body matches the document (and, when given, the source zod schema too). */
  expectBody(path: string, status: number, body: unknown, source?: z.ZodType): void {
    const parsed = this.responseSchema(path, String(status)).safeParse(body);
    expect(parsed.error?.issues ?? [], `${path} ${status} vs the OpenAPI document`).toEqual([]);
    if (source) {
      const strict = source.safeParse(body);
      expect(strict.error?.issues ?? [], `${path} ${status} vs the zod schema`).toEqual([]);
    }
  }
}

export async function loadContract(baseURL: string): Promise<OpenApiContract> {
  const { res, body } = await getJson<OpenApiDocument>(baseURL, "/api/v1/openapi.json");
  expect(res.status).toBe(200);
  return new OpenApiContract(body);
}

/** The demo data every e2e server is seeded with, as the seed builds it. */
export const demo = buildDemoRows("demo-editor");

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  errors?: { name: string; reason: string }[];
}

/** A problem+json response with this status, naming these parameters (when given). */
export async function expectProblem(
  baseURL: string,
  path: string,
  status: number,
  params?: string[],
): Promise<ProblemBody> {
  const { res, body } = await getJson<ProblemBody>(baseURL, path);
  expect(res.status, path).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  expect(res.headers.get("access-control-allow-origin")).toBe("*");
  expect(res.headers.get("cache-control")).toBe("no-store");
  expect(body.status).toBe(status);
  expect(body.type).toMatch(/^\/docs\/api#problem-/);
  expect(body.title).toBeTruthy();
  expect(body.detail).toBeTruthy();
  expect(body.instance).toBe(path);
  if (params) expect(body.errors?.map((e) => e.name).sort()).toEqual([...params].sort());
  return body;
}
