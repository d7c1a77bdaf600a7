import { describe, expect, it } from "vitest";
import { buildDemoRows } from "@/lib/db/seed/build-demo-rows";
import { highlightMatches, htmlToPlainText, snippetAround } from "@/lib/search/highlight-matches";
import { escapeLikePattern, normalizeSearchText, parseSearchQuery } from "@/lib/search/normalize-search-text";

describe("normalizeSearchText", () => {
  it("lower-cases, strips diacritics and collapses spaces", () => {
    expect(normalizeSearchText("  Klíng   3.0 ")).toBe("kling 3.0");
    expect(normalizeSearchText("SÉEDANCE")).toBe("seedance");
    expect(normalizeSearchText("Tongyi Wànxiàng")).toBe("tongyi wanxiang");
    // Compatibility forms fold too (NFKD): ligatures, full-width letters.
    expect(normalizeSearchText("ﬁlm Ｋｌｉｎｇ")).toBe("film kling");
  });

  it("agrees with how aliases are stored (ModelAlias.normalized)", () => {
    const { aliases } = buildDemoRows("actor");
    expect(aliases.length).toBeGreaterThan(10);
    for (const a of aliases) expect(normalizeSearchText(a.alias)).toBe(a.normalized);
  });
});

describe("parseSearchQuery", () => {
  it("recognizes empty and too-short queries", () => {
    expect(parseSearchQuery(undefined)).toEqual({ kind: "empty" });
    expect(parseSearchQuery("   ")).toEqual({ kind: "empty" });
    expect(parseSearchQuery("k")).toEqual({ kind: "too-short", text: "k" });
    expect(parseSearchQuery("%_")).toEqual({ kind: "too-short", text: "%_" });
    expect(parseSearchQuery("é").kind).toBe("too-short");
  });

  it("splits into distinct normalized terms, keeping typed spellings as variants", () => {
    const q = parseSearchQuery("Happy  HORSE happy");
    expect(q).toMatchObject({ kind: "ok", text: "Happy HORSE happy", normalized: "happy horse happy", terms: ["happy", "horse"] });
    const d = parseSearchQuery("Séance");
    expect(d.kind === "ok" && d.terms).toEqual(["seance"]);
    expect(d.kind === "ok" && d.variants).toEqual([["seance", "séance"]]);
  });

  it("caps the length and the number of terms", () => {
    const q = parseSearchQuery("a1 b2 c3 d4 e5 f6 g7 h8");
    expect(q.kind === "ok" && q.terms).toHaveLength(6);
    const long = parseSearchQuery("x".repeat(500));
    expect(long.kind === "ok" && long.text.length).toBe(100);
  });
});

describe("escapeLikePattern", () => {
  it("escapes LIKE wildcards and the escape character", () => {
    expect(escapeLikePattern("100%")).toBe("100\\%");
    expect(escapeLikePattern("a_b")).toBe("a\\_b");
    expect(escapeLikePattern("c:\\x")).toBe("c:\\\\x");
    expect(escapeLikePattern("kling 2.5")).toBe("kling 2.5");
  });
});

describe("highlightMatches", () => {
  it("marks every occurrence of every term, case-insensitively", () => {
    expect(highlightMatches("Kling 3.0 beats kling 2.5", ["kling"])).toEqual([
      { text: "Kling", match: true },
      { text: " 3.0 beats ", match: false },
      { text: "kling", match: true },
      { text: " 2.5", match: false },
    ]);
  });

  it("matches through diacritics and maps back to the original characters", () => {
    expect(highlightMatches("Le Klíng est là", ["kling"])).toEqual([
      { text: "Le ", match: false },
      { text: "Klíng", match: true },
      { text: " est là", match: false },
    ]);
    // A ligature expands to two letters when normalized; the whole original character is marked.
    expect(highlightMatches("ﬁlm", ["fi"])).toEqual([
      { text: "ﬁ", match: true },
      { text: "lm", match: false },
    ]);
  });

  it("returns text, never markup: HTML in the input stays literal", () => {
    const parts = highlightMatches('<script>alert("horse")</script>', ["horse"]);
    expect(parts.map((p) => p.text).join("")).toBe('<script>alert("horse")</script>');
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(["horse"]);
  });

  it("merges overlapping terms and handles no match", () => {
    expect(highlightMatches("HappyHorse", ["happy", "horse"])).toEqual([{ text: "HappyHorse", match: true }]);
    expect(highlightMatches("Veo 3", ["sora"])).toEqual([{ text: "Veo 3", match: false }]);
    expect(highlightMatches("", ["x"])).toEqual([]);
  });
});

describe("htmlToPlainText and snippetAround", () => {
  it("turns sanitized summary HTML into text", () => {
    expect(htmlToPlainText("<p>Kling &amp; Veo &lt;3 &#8212; <strong>now</strong>&#x21;</p>")).toBe("Kling & Veo <3 — now !");
    expect(htmlToPlainText("&#99999999;")).toBe("\uFFFD");
  });

  it("keeps short text whole and centres long text on the first match", () => {
    expect(snippetAround("short text", ["text"], 50)).toBe("short text");
    const long = `${"lorem ipsum ".repeat(30)}HappyHorse tops the arena ${"dolor sit ".repeat(30)}`;
    const s = snippetAround(long, ["happyhorse"], 120);
    expect(s).toContain("HappyHorse");
    expect(s.startsWith("… ")).toBe(true);
    expect(s.endsWith(" …")).toBe(true);
    expect(s.length).toBeLessThanOrEqual(126);
  });
});
