import { describe, expect, it } from "vitest";
import { formatSourcesSummary } from "@/lib/cli/sources-fetch-command";
import { parseRateLimitWait, suggestNextFetchDelay } from "@/lib/news/ingest/next-fetch-delay";
import { buildNameIndex, compactName, lookUpName, nameCandidates } from "@/lib/sources/resolve-source-names";

describe("source name resolution", () => {
  it("compares names without case, accents or punctuation", () => {
    expect(compactName("FLUX 1.1 [pro]")).toBe("flux11pro");
    expect(compactName("flux-1.1-pro")).toBe("flux11pro");
    expect(compactName("Klíng_2.5 Turbo")).toBe("kling25turbo");
    expect(compactName("DALL·E 3")).toBe(compactName("dall-e-3"));
  });

  it("tries the shown name, the key, then the real name and the codename of `name (codename)`", () => {
    expect(nameCandidates("gemini-2.5-flash-image-preview (nano-banana)", "gemini-2.5-flash-image-preview (nano-banana)")).toEqual([
      "gemini25flashimagepreviewnanobanana",
      "gemini25flashimagepreview",
      "nanobanana",
    ]);
    expect(nameCandidates("HappyHorse 1.0", "happyhorse-1-0")).toEqual(["happyhorse10"]);
  });

  it("finds the one model a spelling names, and none when two models share it", () => {
    const index = buildNameIndex([
      { id: "gemini", names: ["gemini-2-5-flash-image", "Gemini 2.5 Flash Image", "Nano Banana"] },
      { id: "flux-a", names: ["flux-pro", "Flux Pro"] },
      { id: "flux-b", names: ["flux-pro-ultra", "FLUX.pro"] },
    ]);
    expect(lookUpName(index, "gemini-2.5-flash-image-preview (nano-banana)", "x")).toBe("gemini");
    expect(lookUpName(index, "Gemini 2.5 Flash Image", "x")).toBe("gemini");
    expect(lookUpName(index, "flux.pro", "flux.pro")).toBeNull();
    expect(lookUpName(index, "seedream-4", "seedream-4")).toBeNull();
  });
});

describe("rate-limit headers", () => {
  const now = new Date("2026-01-01T00:00:00Z");
  it("waits until the reset only when no request is left", () => {
    expect(parseRateLimitWait("0", "7200", now)).toBe(7_200_000);
    expect(parseRateLimitWait("0", String(now.getTime() / 1000 + 600), now)).toBe(600_000);
    expect(parseRateLimitWait("3", "7200", now)).toBeUndefined();
    expect(parseRateLimitWait(undefined, "7200", now)).toBeUndefined();
    expect(parseRateLimitWait("0", "soon", now)).toBeUndefined();
  });

  it("counts as a hint for the next fetch, like Retry-After", () => {
    expect(suggestNextFetchDelay({ rateLimitWaitMs: 7_200_000, maxAgeMs: 60_000 })).toBe(7_200_000);
  });
});

describe("mw sources fetch summary", () => {
  it("lists each source with its status, whether a version is new, entries and unmatched", () => {
    const lines = formatSourcesSummary([
      { sourceId: "a", url: "https://a.example/board.json", status: "new-version", entries: 34, unmatched: 3, error: null },
      { sourceId: "b", url: "https://b.example/x", status: "error", entries: 0, unmatched: 0, error: "timeout: too slow" },
    ]);
    expect(lines).toEqual([
      "SOURCE                        STATUS       NEW VERSION  ENTRIES  UNMATCHED  ERROR",
      "https://a.example/board.json  new-version  yes          34       3",
      "https://b.example/x           error        no           0        0          timeout: too slow",
      "",
      "2 sources, 1 new versions, 1 failed.",
    ]);
    expect(formatSourcesSummary([])).toEqual(["No source was due."]);
  });
});
