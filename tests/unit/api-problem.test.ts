import { describe, expect, it } from "vitest";
import { z } from "zod";
import { problemResponse, toProblem } from "@/lib/api/problem";
import { ConflictError, ForbiddenError, NotFoundError, PolicyViolationError, RequestValidationError } from "@/lib/errors";

const at = "/api/v1/claims?status=x";

describe("error → problem mapping", () => {
  it("maps each domain error class to its status, with the caller-facing message", () => {
    const cases = [
      [new NotFoundError('No model with the slug "x".'), 404, "/docs/api#problem-not-found"],
      [new ForbiddenError("Editors only."), 403, "/docs/api#problem-forbidden"],
      [new ConflictError("The claim changed since version 3."), 409, "/docs/api#problem-conflict"],
      [new PolicyViolationError("VERIFIED needs an official source.", "verified-needs-source"), 422, "/docs/api#problem-policy-violation"],
    ] as const;
    for (const [err, status, type] of cases) {
      const p = toProblem(err, at);
      expect(p).toMatchObject({ status, type, detail: err.message, instance: at });
      expect(p.title).toBeTruthy();
    }
    expect(toProblem(cases[3][0], at).rule).toBe("verified-needs-source");
  });

  it("maps request validation to 400 naming every parameter, unknown keys included", () => {
    const schema = z.strictObject({ status: z.enum(["A", "B"]).optional(), limit: z.number().max(100).optional() });
    const parsed = schema.safeParse({ status: "C", limit: 500, colour: "red", size: 1 });
    const err = RequestValidationError.fromZod("query", parsed.error as z.ZodError);
    const p = toProblem(err, at);
    expect(p.status).toBe(400);
    expect(p.type).toBe("/docs/api#problem-invalid-parameters");
    expect(p.errors?.map((e) => e.name).sort()).toEqual(["colour", "limit", "size", "status"]);
    expect(p.detail).toContain("status");
  });

  it("names one bad parameter in the detail, and the input location for a root-level issue", () => {
    const err = RequestValidationError.fromZod("body", z.string().safeParse(3).error as z.ZodError);
    const p = toProblem(err, at);
    expect(p.errors).toEqual([{ name: "body", reason: expect.any(String) }]);
    expect(p.detail).toMatch(/^Invalid parameter `body`: /);
  });

  it("maps a zod error thrown by domain code to 400 with dotted field names", () => {
    const r = z.object({ sources: z.array(z.object({ url: z.url() })) }).safeParse({ sources: [{ url: "nope" }] });
    const p = toProblem(r.error, at);
    expect(p.status).toBe(400);
    expect(p.errors?.[0]?.name).toBe("sources.0.url");
  });

  it("maps anything else to 500 without disclosing it — whatever its message says", () => {
    const leaky = [
      new Error('relation "NewsItem" does not exist at postgres://admin:hunter2@db/prod'),
      new Error("Not found"), // the message text never decides the status
      new TypeError("Cannot read properties of undefined"),
      "a thrown string",
      null,
    ];
    for (const err of leaky) {
      const p = toProblem(err, at);
      expect(p.status).toBe(500);
      expect(p.type).toBe("/docs/api#problem-internal");
      expect(JSON.stringify(p)).not.toMatch(/NewsItem|hunter2|postgres|undefined|thrown/);
      expect(p.errors).toBeUndefined();
    }
  });

  it("renders problem+json with CORS and no caching", async () => {
    const res = problemResponse(toProblem(new NotFoundError("gone"), at));
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(await res.json()).toEqual({
      type: "/docs/api#problem-not-found",
      title: "Not found",
      status: 404,
      detail: "gone",
      instance: at,
    });
  });
});
