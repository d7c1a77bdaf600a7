import { describe, expect, it } from "vitest";
import { matchModels } from "@/lib/news/match/match-models";
import { suggestCategories } from "@/lib/news/match/suggest-categories";

const models = [
  { modelId: "kling", names: ["Kling", "kling 2.5 turbo"] },
  { modelId: "veo", names: ["Veo"] },
  { modelId: "sora", names: ["Sora"] },
  { modelId: "sora2", names: ["Sora 2"] },
  { modelId: "seance", names: ["Séance"] },
];

describe("matchModels", () => {
  it("matches names and aliases case-insensitively on word boundaries", () => {
    expect(matchModels("KLING 2.5 Turbo beats Veo.", models)).toEqual([
      { modelId: "kling", matchedText: "kling 2.5 turbo" },
      { modelId: "veo", matchedText: "veo" },
    ]);
  });

  it("does not match inside other words", () => {
    expect(matchModels("A Klingon review of Veolia", models)).toEqual([]);
  });

  it("prefers the longer name for the same words", () => {
    expect(matchModels("Sora 2 is out", models)).toEqual([{ modelId: "sora2", matchedText: "sora 2" }]);
    expect(matchModels("Sora 2 replaces Sora", models).map((m) => m.modelId).sort()).toEqual(["sora", "sora2"]);
  });

  it("ignores diacritics on both sides", () => {
    expect(matchModels("seance and SÉANCE", models)).toEqual([{ modelId: "seance", matchedText: "seance" }]);
  });

  it("treats regex characters in names literally", () => {
    expect(matchModels("kling 2x5 turbo", models)).toEqual([{ modelId: "kling", matchedText: "kling" }]);
  });
});

describe("suggestCategories", () => {
  it("maps keywords to claim categories", () => {
    expect(suggestCategories("New API pricing and a licence change")).toEqual(["API", "PRICING", "LICENSING"]);
    expect(suggestCategories("12 billion parameters, a diffusion transformer")).toEqual(["PARAMETERS", "ARCHITECTURE"]);
    expect(suggestCategories("Sound in 10 seconds, now in the app")).toEqual(["AUDIO", "SPEED", "INTEGRATION"]);
    expect(suggestCategories("Startup acquired; model developed by its lab")).toEqual(["OWNERSHIP"]);
  });

  it("needs whole words", () => {
    expect(suggestCategories("rapid apple soundtrack")).toEqual([]);
  });
});
