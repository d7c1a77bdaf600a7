import { describe, expect, it } from "vitest";
import { reviewExcerpt } from "@/lib/news/review/review-excerpt";

describe("reviewExcerpt", () => {
  it("is the plain text of sanitized HTML, entities decoded, whitespace folded", () => {
    expect(reviewExcerpt("<p>Kling &amp; <b>Seedance</b>\n  ship&nbsp;APIs.</p><p>Second.</p>")).toBe("Kling & Seedance ship APIs. Second.");
  });

  it("is empty for no summary", () => {
    expect(reviewExcerpt(null)).toBe("");
    expect(reviewExcerpt("<p></p>")).toBe("");
  });

  it("cuts long text at a word boundary with an ellipsis, within the limit", () => {
    const text = "alpha beta, gamma delta epsilon zeta";
    const out = reviewExcerpt(`<p>${text}</p>`, 20);
    expect(out).toBe("alpha beta, gamma…");
    expect(out.length).toBeLessThanOrEqual(20);
  });

  it("cuts a single overlong word rather than dropping it", () => {
    const out = reviewExcerpt("<p>Supercalifragilisticexpialidocious</p>", 10);
    expect(out).toBe("Supercali…");
  });

  it("leaves text at the limit untouched", () => {
    expect(reviewExcerpt("<p>exactly ten</p>", 11)).toBe("exactly ten");
  });
});
