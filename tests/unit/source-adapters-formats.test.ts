import { describe, expect, it } from "vitest";
import { parseAaInterval } from "@/lib/sources/adapters/artificial-analysis";
import { readPublication } from "@/lib/sources/read-publication";
import type { ColumnMapping } from "@/lib/sources/source-entry";

// Bodies built to the shapes the sources document (no public bodies of these to copy).
const aaPaid = {
  data: [
    {
      id: "a1b2",
      name: "HappyHorse 1.0",
      slug: "happyhorse-1-0",
      model_creator: { id: "c1", name: "Alibaba", slug: "alibaba" },
      elo: 1372,
      rank: 1,
      ci95: "-6/+6",
      appearances: 8421,
      release_date: "2026-04-01",
    },
    { id: "c3d4", name: "Seedance 2.0", slug: "seedance-2-0", model_creator: { name: "ByteDance" }, elo: 1350.5, rank: 2, ci95: "-4/+5", appearances: 12000, release_date: "2026-02-10" },
  ],
};
const aaFree = { tier: "free", data: [{ id: "a1b2", name: "HappyHorse 1.0", slug: "happyhorse-1-0", model_creator: { name: "Alibaba" }, elo: 1372, ci_95: 6 }] };

const read = (adapter: Parameters<typeof readPublication>[0], body: string, selector: string | null = null, mapping: ColumnMapping | null = null) =>
  readPublication(adapter, body, { selector, mapping });

describe("the Artificial Analysis media API adapter", () => {
  it("reads the paid shape: elo, ci95 as -N/+N, rank, appearances as votes, creator", () => {
    const outcome = read("artificial-analysis", JSON.stringify(aaPaid));
    expect(outcome).toEqual({
      ok: true,
      board: {
        versionDate: null,
        entries: [
          { sourceKey: "happyhorse-1-0", displayName: "HappyHorse 1.0", rating: 1372, ciLow: 1366, ciHigh: 1378, votes: 8421, rank: 1, creator: "Alibaba" },
          { sourceKey: "seedance-2-0", displayName: "Seedance 2.0", rating: 1350.5, ciLow: 1346.5, ciHigh: 1355.5, votes: 12000, rank: 2, creator: "ByteDance" },
        ],
      },
    });
  });

  it("reads the free tier's ci_95 half-width, without rank or appearances", () => {
    const outcome = read("artificial-analysis", JSON.stringify(aaFree));
    expect(outcome.ok && outcome.board.entries).toEqual([
      { sourceKey: "happyhorse-1-0", displayName: "HappyHorse 1.0", rating: 1372, ciLow: 1366, ciHigh: 1378, creator: "Alibaba" },
    ]);
  });

  it("parses every interval form and refuses the rest", () => {
    expect(parseAaInterval("-6/+6")).toEqual({ below: 6, above: 6 });
    expect(parseAaInterval("-4.5 / +7")).toEqual({ below: 4.5, above: 7 });
    expect(parseAaInterval("±3")).toEqual({ below: 3, above: 3 });
    expect(parseAaInterval("5")).toEqual({ below: 5, above: 5 });
    expect(parseAaInterval(2.5)).toEqual({ below: 2.5, above: 2.5 });
    expect(parseAaInterval("wide")).toMatch(/must be "-N\/\+N" or a half-width/);
    expect(parseAaInterval(-1)).toMatch(/0 or more/);
  });

  it.each([
    ["no data array", '{"items":[]}', /no `data` array/],
    ["a string elo", JSON.stringify({ data: [{ slug: "x", name: "X", elo: "1300" }] }), /data\[0\]\.rating must be a number, got "1300"/],
    ["a bad interval", JSON.stringify({ data: [{ slug: "x", name: "X", elo: 1300, ci95: "n/a" }] }), /data\[0\]\.ci95 must be/],
    ["fractional appearances", JSON.stringify({ data: [{ slug: "x", name: "X", elo: 1300, appearances: 2.5 }] }), /data\[0\]\.votes must be a whole number/],
    ["a slug twice", JSON.stringify({ data: [{ slug: "x", name: "X", elo: 1300 }, { slug: "x", name: "X2", elo: 1200 }] }), /data\[1\]: the key "x" appears twice/],
  ])("refuses %s", (_label, body, error) => {
    const outcome = read("artificial-analysis", body);
    expect(!outcome.ok && outcome.error).toMatch(error);
  });

  it("takes no selector", () => {
    expect(read("artificial-analysis", JSON.stringify(aaFree), "text-to-video")).toMatchObject({ ok: false, error: /takes no selector/ });
  });
});

const fastchat = [
  "key,Model,Arena Elo rating (anony),Arena Elo rating (full),License,Organization,Link",
  'playground-v2.5,"Playground v2.5",1126.3,1120.8,Playground v2.5 Community,Playground,https://example.com/pg',
  "dalle3,DALL-E 3,1101.7,-,Proprietary,OpenAI,https://example.com/dalle3",
  "sdxl,SDXL,-,990,openrail++,Stability AI,https://example.com/sdxl",
  "",
].join("\n");

describe("the FastChat / GenAI-Arena leaderboard CSV adapter", () => {
  it("reads the anony column by default, leaving out rows without a rating there", () => {
    const outcome = read("fastchat-csv", fastchat);
    expect(outcome.ok && outcome.board.entries).toEqual([
      { sourceKey: "playground-v2.5", displayName: "Playground v2.5", rating: 1126.3, creator: "Playground" },
      { sourceKey: "dalle3", displayName: "DALL-E 3", rating: 1101.7, creator: "OpenAI" },
    ]);
  });

  it("reads the full column when selected", () => {
    const outcome = read("fastchat-csv", fastchat, "full");
    expect(outcome.ok && outcome.board.entries.map((e) => [e.sourceKey, e.rating])).toEqual([
      ["playground-v2.5", 1120.8],
      ["sdxl", 990],
    ]);
  });

  it.each([
    ["a missing column", "key,Model\nx,X\n", null, /no "Arena Elo rating \(anony\)" column/],
    ["a text rating", "key,Model,Arena Elo rating (anony)\nx,X,high\n", null, /line 2\.rating must be a number, got "high"/],
    ["a ragged line", "key,Model,Arena Elo rating (anony)\nx,X\n", null, /line 2 has 2 fields, the header has 3/],
    ["an unknown selector", fastchat, "elo", /"anony" or "full"/],
  ])("refuses %s", (_label, body, selector, error) => {
    const outcome = read("fastchat-csv", body, selector);
    expect(!outcome.ok && outcome.error).toMatch(error);
  });
});

describe("the mapped adapter (columns the editor names)", () => {
  const csvMapping: ColumnMapping = { format: "csv", model: "Model", rating: "Score", halfWidth: "CI", votes: "Votes", date: "Updated" };

  it("reads a CSV with a half-width and a date column: the newest date is the version's", () => {
    const body = "Model,Score,CI,Votes,Updated\nAlpha,1210.5,4.5,3000,2026-11-30\nBeta,1190,6,1200,2026-12-01\n";
    const outcome = read("mapped", body, null, csvMapping);
    expect(outcome).toEqual({
      ok: true,
      board: {
        versionDate: new Date("2026-12-01T00:00:00Z"),
        entries: [
          { sourceKey: "Alpha", displayName: "Alpha", rating: 1210.5, ciLow: 1206, ciHigh: 1215, votes: 3000 },
          { sourceKey: "Beta", displayName: "Beta", rating: 1190, ciLow: 1184, ciHigh: 1196, votes: 1200 },
        ],
      },
    });
  });

  it("reads a JSON array at a path, with nested fields and both bounds", () => {
    const body = JSON.stringify({ results: { items: [{ id: "m-1", label: "Gamma", score: { value: 1300, lo: 1290, hi: 1311 }, org: { name: "Acme" }, place: 1 }] } });
    const mapping: ColumnMapping = { format: "json", key: "id", model: "label", rating: "score.value", ciLow: "score.lo", ciHigh: "score.hi", creator: "org.name", rank: "place" };
    expect(read("mapped", body, "results.items", mapping)).toEqual({
      ok: true,
      board: { versionDate: null, entries: [{ sourceKey: "m-1", displayName: "Gamma", rating: 1300, ciLow: 1290, ciHigh: 1311, rank: 1, creator: "Acme" }] },
    });
  });

  it.each([
    ["no mapping", "Model,Score\nA,1\n", null, null, /needs a column mapping/],
    ["a mapped column missing", "Model,Elo\nA,1\n", null, csvMapping, /no "Score" column/],
    ["a bad date", "Model,Score,CI,Votes,Updated\nA,1200,3,10,yesterday\n", null, csvMapping, /line 2\.Updated must be a date/],
    ["a negative half-width", "Model,Score,CI,Votes,Updated\nA,1200,-3,10,2026-01-01\n", null, csvMapping, /line 2\.CI must be a half-width of 0 or more/],
    ["a path that is not an array", '{"data":{}}', "data", { format: "json", model: "m", rating: "r" } as ColumnMapping, /"data" in the body is not an array/],
    ["a JSON string rating", '[{"m":"A","r":"1200"}]', null, { format: "json", model: "m", rating: "r" } as ColumnMapping, /\[0\]\.rating must be a number, got "1200"/],
  ])("refuses %s", (_label, body, selector, mapping, error) => {
    const outcome = read("mapped", body, selector, mapping);
    expect(!outcome.ok && outcome.error).toMatch(error);
  });
});
