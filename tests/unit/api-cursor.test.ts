import { describe, expect, it } from "vitest";
import { z } from "zod";
import { cursorParam } from "@/lib/api/cursor";
import { decodeCursor, encodeCursor } from "@/lib/db/cursor";
import { compareKeys, pageInMemory, toPage } from "@/lib/db/paginate";

const KEY = z.tuple([z.iso.datetime(), z.string()]);

describe("cursor codec", () => {
  it("round-trips a sort key through an opaque, URL-safe string", () => {
    const key = ["2026-07-02T10:00:00.000Z", "demo-claim-hh-ownership"] as const;
    const cursor = encodeCursor("claims", key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain("demo-claim");
    expect(decodeCursor(cursor, "claims", KEY)).toEqual(key);
  });

  it("keeps numbers and unicode exact", () => {
    const key = [2, -1041.3000000000002, "modèle-ü"] as const;
    const shape = z.tuple([z.number(), z.number(), z.string()]);
    expect(decodeCursor(encodeCursor("standings", key), "standings", shape)).toEqual(key);
  });

  it("refuses another endpoint's cursor, a wrong key shape, and garbage", () => {
    const models = encodeCursor("models", ["hailuo-02"]);
    expect(decodeCursor(models, "claims", KEY)).toBeNull();
    expect(decodeCursor(encodeCursor("claims", ["not-a-date", "x"]), "claims", KEY)).toBeNull();
    expect(decodeCursor(encodeCursor("claims", ["2026-07-02T10:00:00.000Z"]), "claims", KEY)).toBeNull();
    for (const raw of ["", "!!!", "bm9wZQ", Buffer.from('{"v":2,"s":"claims","k":[]}').toString("base64url"), "e30"]) {
      expect(decodeCursor(raw, "claims", KEY), raw).toBeNull();
    }
  });

  it("as a query parameter, fails with an issue on `cursor`", () => {
    const q = z.strictObject({ cursor: cursorParam("models", z.tuple([z.string()])) });
    expect(q.parse({ cursor: encodeCursor("models", ["a"]) })).toEqual({ cursor: ["a"] });
    expect(q.parse({})).toEqual({});
    const r = q.safeParse({ cursor: "garbage" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path)).toEqual([["cursor"]]);
    expect(q.safeParse({ cursor: "x".repeat(2000) }).error?.issues[0]?.path).toEqual(["cursor"]);
  });
});

describe("pagination", () => {
  it("cuts a page from limit + 1 rows and points the cursor at its last row", () => {
    const rows = ["a", "b", "c"];
    const page = toPage(rows, 2, "models", (r) => [r]);
    expect(page.items).toEqual(["a", "b"]);
    expect(decodeCursor(page.next as string, "models", z.tuple([z.string()]))).toEqual(["b"]);
    expect(toPage(["a", "b"], 2, "models", (r) => [r]).next).toBeNull();
    expect(toPage([], 2, "models", (r: string) => [r])).toEqual({ items: [], next: null });
  });

  it("walks an in-memory set exactly once, whatever the input order", () => {
    const rows = [
      { rank: 2, rating: 1040, slug: "b" },
      { rank: 1, rating: 1070, slug: "a" },
      { rank: 2, rating: 1050, slug: "c" },
      { rank: 2, rating: 1050, slug: "d" },
      { rank: 5, rating: 990, slug: "e" },
    ];
    const keyOf = (r: (typeof rows)[number]) => [r.rank, -r.rating, r.slug] as const;
    const shape = z.tuple([z.number(), z.number(), z.string()]);
    const seen: string[] = [];
    let after: readonly (string | number)[] | undefined;
    for (let i = 0; i < 10; i++) {
      const page = pageInMemory(rows, { limit: 2, after, scope: "standings" }, keyOf);
      seen.push(...page.items.map((r) => r.slug));
      if (!page.next) break;
      after = decodeCursor(page.next, "standings", shape) ?? undefined;
    }
    expect(seen).toEqual(["a", "c", "d", "b", "e"]);
  });

  it("compares keys element by element, numbers numerically", () => {
    expect(compareKeys([2, "a"], [10, "a"])).toBeLessThan(0);
    expect(compareKeys(["b"], ["a"])).toBeGreaterThan(0);
    expect(compareKeys([1, "x"], [1, "x"])).toBe(0);
    expect(compareKeys([1], [1, "x"])).toBeLessThan(0);
  });
});
