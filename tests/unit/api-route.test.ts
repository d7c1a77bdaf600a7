import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { apiRoute, type RouteContext } from "@/lib/api/api-route";
import { csvFile, movedPermanently, ok } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { defineEndpoint } from "@/lib/api/endpoint";
import { ConflictError, NotFoundError } from "@/lib/errors";

const ItemList = z.object({ data: z.array(z.object({ n: z.number() })), next: z.string().nullable() });

const listEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/things",
  operationId: "listThings",
  tag: "Test",
  summary: "",
  description: "",
  query: z.strictObject({ n: z.coerce.number().int().min(1).optional(), fail: z.enum(["404", "409", "500"]).optional() }),
  params: z.strictObject({}),
  response: { kind: "json", schema: ItemList, description: "" },
});

const GET = apiRoute(listEndpoint, async ({ query }) => {
  if (query.fail === "404") throw new NotFoundError("No thing here.");
  if (query.fail === "409") throw new ConflictError("Stale version.");
  if (query.fail === "500") throw new Error("connection string postgres://secret");
  const n = query.n ?? 1;
  return ok({ data: Array.from({ length: n }, (_, i) => ({ n: i })), next: n > 1 ? "NEXT" : null });
});

const ctx = (params: Record<string, string> = {}): RouteContext => ({ params: Promise.resolve(params) });
const call = (url: string, init?: RequestInit) => GET(new Request(`http://localhost${url}`, init), ctx());

afterEach(() => vi.restoreAllMocks());

describe("apiRoute", () => {
  it("answers JSON with CORS, a weak ETag, revalidating Cache-Control and a Link to the next page", async () => {
    const res = await call("/api/v1/things?n=2");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    expect(res.headers.get("etag")).toMatch(/^W\/"[\w-]+"$/);
    expect(res.headers.get("link")).toBe('</api/v1/things?n=2&cursor=NEXT>; rel="next"');
    expect(await res.json()).toEqual({ data: [{ n: 0 }, { n: 1 }], next: "NEXT" });
    expect((await call("/api/v1/things")).headers.get("link")).toBeNull();
  });

  it("answers 304 with no body when If-None-Match matches (weakly, in a list, or *)", async () => {
    const etag = (await call("/api/v1/things")).headers.get("etag") as string;
    for (const inm of [etag, etag.slice(2), `"zzz", ${etag}`, "*"]) {
      const res = await call("/api/v1/things", { headers: { "If-None-Match": inm } });
      expect(res.status, inm).toBe(304);
      expect(res.headers.get("etag")).toBe(etag);
      expect(res.headers.get("content-type")).toBeNull();
      expect(await res.text()).toBe("");
    }
    expect((await call("/api/v1/things", { headers: { "If-None-Match": 'W/"old"' } })).status).toBe(200);
    expect((await call("/api/v1/things?n=3", { headers: { "If-None-Match": etag } })).status).toBe(200);
  });

  it("refuses bad, unknown and repeated parameters with 400 problem+json naming them", async () => {
    const res = await call("/api/v1/things?n=0&extra=1");
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as { errors: { name: string }[]; instance: string };
    expect(body.errors.map((e) => e.name).sort()).toEqual(["extra", "n"]);
    expect(body.instance).toBe("/api/v1/things?n=0&extra=1");
    const repeated = (await (await call("/api/v1/things?n=1&n=2")).json()) as { errors: { name: string; reason: string }[] };
    expect(repeated.errors).toEqual([{ name: "n", reason: "given more than once" }]);
  });

  it("maps thrown domain errors through the one mapping, and hides unexpected ones", async () => {
    expect((await call("/api/v1/things?fail=404")).status).toBe(404);
    expect((await call("/api/v1/things?fail=409")).status).toBe(409);
    const log = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const res = await call("/api/v1/things?fail=500");
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain("postgres");
    expect(log).toHaveBeenCalledOnce(); // the operator still gets the cause, with the request it belongs to
    const line = String(log.mock.calls[0]?.[0]);
    expect(line).toContain("postgres://secret");
    expect(line).toMatch(/ERROR request failed .*method=GET path=\/api\/v1\/things /);
  });

  it("validates path parameters and turns a redirect result into 308 keeping the query", async () => {
    const endpoint = defineEndpoint({
      ...listEndpoint,
      path: "/api/v1/things/{slug}",
      query: z.strictObject({ v: z.string().optional() }),
      params: z.strictObject({ slug: z.string().min(2) }),
      response: { kind: "json", schema: z.object({ slug: z.string() }), description: "" },
    });
    const route = apiRoute(endpoint, async ({ params }) =>
      params.slug === "old" ? movedPermanently("/api/v1/things/new") : ok({ slug: params.slug }),
    );
    const moved = await route(new Request("http://localhost/api/v1/things/old?v=1"), ctx({ slug: "old" }));
    expect(moved.status).toBe(308);
    expect(moved.headers.get("location")).toBe("/api/v1/things/new?v=1");
    const bad = await route(new Request("http://localhost/api/v1/things/x"), ctx({ slug: "x" }));
    expect(((await bad.json()) as { errors: { name: string }[] }).errors[0]?.name).toBe("slug");
  });

  it("serves CSV as a download with its own ETag", async () => {
    const endpoint = defineEndpoint({
      ...listEndpoint,
      query: z.strictObject({}),
      response: { kind: "csv", columns: ["a"], filename: "x.csv", description: "" },
    });
    const route = apiRoute(endpoint, async () => csvFile("modelwatch-things", "a\r\n1\r\n"));
    const res = await route(new Request("http://localhost/api/v1/things.csv"), ctx());
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="modelwatch-things.csv"');
    expect(res.headers.get("etag")).toMatch(/^W\//);
    expect(await res.text()).toBe("a\r\n1\r\n");
  });

  it("parses JSON bodies for writes, refusing malformed ones, and never caches a write", async () => {
    const endpoint = defineEndpoint({
      ...listEndpoint,
      method: "POST",
      query: z.strictObject({}),
      body: z.strictObject({ title: z.string().min(1) }),
      response: { kind: "json", schema: z.object({ title: z.string() }), description: "" },
    });
    const POST = apiRoute(endpoint, async ({ body }) => ok({ title: body.title }));
    const post = (body: string) => POST(new Request("http://localhost/api/v1/things", { method: "POST", body }), ctx());
    const created = await post('{"title":"x"}');
    expect(created.status).toBe(200);
    expect(created.headers.get("cache-control")).toBe("no-store");
    expect(created.headers.get("etag")).toBeNull();
    expect(((await (await post("{not json")).json()) as { errors: unknown[] }).errors).toEqual([
      { name: "body", reason: "is not valid JSON" },
    ]);
    expect(((await (await post('{"title":""}')).json()) as { errors: { name: string }[] }).errors[0]?.name).toBe("title");
  });

  it("answers CORS preflights for the route's methods", () => {
    const res = corsPreflight(["GET", "PATCH"])();
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-methods")).toBe("GET, PATCH, HEAD, OPTIONS");
    expect(res.headers.get("access-control-allow-headers")).toContain("If-None-Match");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
  });
});
