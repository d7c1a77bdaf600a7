import { describe, expect, it } from "vitest";
import { claimDraftHref } from "@/lib/news/review/claim-draft-href";
import { reviewShortcutFor, type KeyPress } from "@/lib/news/review/review-shortcut-for";

const press = (key: string, over: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  targetTag: "ARTICLE",
  targetEditable: false,
  ...over,
});

describe("reviewShortcutFor", () => {
  it("maps j/k/r/d/c/x to their actions", () => {
    expect(["j", "k", "r", "d", "c", "x"].map((k) => reviewShortcutFor(press(k)))).toEqual([
      "next",
      "previous",
      "relevant",
      "dismiss",
      "claim",
      "select",
    ]);
  });

  it("ignores other keys, upper case and modified presses (browser shortcuts stay intact)", () => {
    expect(reviewShortcutFor(press("q"))).toBeNull();
    expect(reviewShortcutFor(press("J"))).toBeNull();
    expect(reviewShortcutFor(press("r", { ctrlKey: true }))).toBeNull();
    expect(reviewShortcutFor(press("c", { metaKey: true }))).toBeNull();
    expect(reviewShortcutFor(press("d", { altKey: true }))).toBeNull();
  });

  it("never fires while typing in a field, a select or an editable element", () => {
    for (const targetTag of ["INPUT", "TEXTAREA", "SELECT"]) expect(reviewShortcutFor(press("d", { targetTag }))).toBeNull();
    expect(reviewShortcutFor(press("j", { targetTag: "DIV", targetEditable: true }))).toBeNull();
    expect(reviewShortcutFor(press("j", { targetTag: "BUTTON" }))).toBe("next");
  });
});

describe("claimDraftHref", () => {
  const base = { id: "n1", suggestedCategories: [] as ("API" | "PRICING")[], models: [] as { slug: string; name: string; state: "SUGGESTED" | "CONFIRMED" | "REJECTED"; matchedText: null }[] };

  it("prefills the item, its confirmed model before a suggested one, and its first category", () => {
    const href = claimDraftHref({
      ...base,
      suggestedCategories: ["PRICING", "API"],
      models: [
        { slug: "rejected", name: "R", state: "REJECTED", matchedText: null },
        { slug: "suggested", name: "S", state: "SUGGESTED", matchedText: null },
        { slug: "confirmed", name: "C", state: "CONFIRMED", matchedText: null },
      ],
    });
    expect(href).toBe("/editor/claims/new?newsItem=n1&model=confirmed&category=PRICING");
  });

  it("omits what the item does not suggest, never a rejected model", () => {
    expect(claimDraftHref({ ...base, models: [{ slug: "no", name: "N", state: "REJECTED", matchedText: null }] })).toBe(
      "/editor/claims/new?newsItem=n1",
    );
  });
});
