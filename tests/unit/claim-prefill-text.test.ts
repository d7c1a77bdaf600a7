// The quoted passage a news item lends a new claim: readable text, not HTML.
import { describe, expect, it } from "vitest";
import { excerpt, htmlToPlainText, parseCategory } from "@/lib/claims/load-claim-prefill";

describe("htmlToPlainText", () => {
  it("drops tags, keeps words apart across blocks and decodes entities", () => {
    expect(htmlToPlainText("<p>Runway&#39;s <em>docs</em> say&nbsp;4K is upscaled.</p><p>Not &quot;native&quot; &amp; not new &#x2014; yet.</p>")).toBe(
      'Runway\'s docs say 4K is upscaled. Not "native" & not new — yet.',
    );
  });
  it("leaves unknown entities as they are and ignores script or style content", () => {
    expect(htmlToPlainText("<style>p{}</style>a &bogus; b<script>x()</script>")).toBe("a &bogus; b");
  });
});

describe("excerpt", () => {
  it("keeps short text whole", () => {
    expect(excerpt("One sentence.", 50)).toBe("One sentence.");
  });
  it("cuts at a sentence end when one is far enough in, else at a word with an ellipsis", () => {
    const text = "First sentence is here. Second sentence runs on and on past the limit.";
    expect(excerpt(text, 40)).toBe("First sentence is here.");
    expect(excerpt("averyveryverylongword another word here and more", 30)).toBe("averyveryverylongword another…");
  });
});

describe("parseCategory", () => {
  it("accepts only the schema's categories", () => {
    expect(parseCategory("PRICING")).toBe("PRICING");
    expect(parseCategory("pricing")).toBeNull();
    expect(parseCategory("toString")).toBeNull();
    expect(parseCategory(undefined)).toBeNull();
  });
});
