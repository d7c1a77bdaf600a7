import { describe, expect, it } from "vitest";
import { isSameStory, titleSimilarity } from "@/lib/news/cluster/same-story";
import { titleTokens } from "@/lib/news/cluster/title-tokens";

const same = (a: string, b: string) => isSameStory(titleTokens(a), titleTokens(b));

describe("titleTokens", () => {
  it("folds case and diacritics, drops stop words, stems lightly and keeps version numbers whole", () => {
    expect(titleTokens("Alibaba CONFIRMS the Klíng 3.0 launches")).toEqual(["3.0", "alibaba", "confirm", "kling", "launch"]);
    expect(titleTokens("Alibaba's models confirmed")).toEqual(titleTokens("alibaba model confirm"));
    expect(titleTokens("")).toEqual([]);
  });
});

describe("isSameStory", () => {
  it("groups the same story reworded by two outlets", () => {
    expect(
      same(
        "Alibaba confirms HappyHorse 1.0 comes from its ATH AI Innovation Unit",
        "HappyHorse 1.0 comes from Alibaba's ATH AI Innovation Unit, company confirms",
      ),
    ).toBe(true);
    expect(same("Kuaishou launches Kling 3.0 with native audio", "Kling 3.0 launched by Kuaishou, with native audio")).toBe(true);
  });

  it("keeps different stories about the same model apart", () => {
    expect(same("HappyHorse 1.0 tops the silent video arena", "HappyHorse 1.0 pricing page appears")).toBe(false);
    expect(
      same("Alibaba confirms HappyHorse 1.0 comes from its ATH AI Innovation Unit", "Alibaba confirms HappyHorse 1.0 API pricing"),
    ).toBe(false);
    expect(same("Kling 3.0 gets an API price cut", "Kling 2.5 gets an API price cut")).toBe(false);
  });

  it("never matches on a single shared word, however short the titles", () => {
    expect(same("HappyHorse", "HappyHorse!")).toBe(false);
    expect(titleSimilarity(["happyhorse"], ["happyhorse"])).toBe(1);
  });
});
