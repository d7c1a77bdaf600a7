import { describe, expect, it } from "vitest";
import { isSameStory } from "@/lib/news/cluster/same-story";
import { titleTokens } from "@/lib/news/cluster/title-tokens";
import { detectLanguage, itemLanguage, primaryLanguage } from "@/lib/news/ingest/item-language";
import { matchModels } from "@/lib/news/match/match-models";
import { suggestCategories } from "@/lib/news/match/suggest-categories";
import { highlightMatches, snippetAround } from "@/lib/search/highlight-matches";
import { normalizeSearchText, parseSearchQuery } from "@/lib/search/normalize-search-text";

// The headlines of issue 16, as outlets write them, and Korean ones.
const CONFIRMS_ZH = "阿里巴巴确认HappyHorse 1.0来自其ATH创新事业部";
const CONFIRMS_ZH_SPACED = "阿里巴巴确认 HappyHorse 1.0 来自其ATH创新事业部";
const KLING_ZH = "快手可灵3.0正式发布";
const TOPS_JA = "ハッピーホースことHappyHorse 1.0が首位に";
const PRICE_KO = "알리바바, HappyHorse 1.0 가격 공개… 초당 0.9위안";
const KLING_KO = "콰이쇼우 클링이 3.0 버전을 공개했다";

const models = [
  { modelId: "happyhorse", names: ["HappyHorse 1.0", "HappyHorse", "ハッピーホース"] },
  { modelId: "kling", names: ["Kling", "可灵", "클링"] },
  { modelId: "kling-3", names: ["Kling 3.0", "可灵 3.0"] },
  { modelId: "pika", names: ["ピカ"] },
];
const ids = (text: string) => matchModels(text, models).map((m) => m.modelId);

describe("matchModels in CJK text", () => {
  it("finds a Latin name written against Chinese or Japanese characters", () => {
    expect(matchModels(CONFIRMS_ZH, models)).toEqual([{ modelId: "happyhorse", matchedText: "happyhorse 1.0" }]);
    expect(ids(CONFIRMS_ZH_SPACED)).toEqual(["happyhorse"]);
    expect(ids(TOPS_JA)).toEqual(["happyhorse"]);
  });

  it("finds a CJK alias inside a run, the longest name first", () => {
    expect(matchModels(KLING_ZH, models)).toEqual([{ modelId: "kling-3", matchedText: "可灵3.0" }]);
    expect(ids("快手可灵正式发布新模型")).toEqual(["kling"]);
    expect(ids("快手 可灵 3.0 正式发布")).toEqual(["kling-3"]);
  });

  it("finds Korean names with particles attached, not inside other words", () => {
    expect(ids(PRICE_KO)).toEqual(["happyhorse"]);
    expect(ids(KLING_KO)).toEqual(["kling"]);
    expect(ids("클링온 제국의 언어")).toEqual([]);
  });

  it("keeps the English word rules", () => {
    expect(ids("A Klingon review")).toEqual([]);
    expect(ids("Kling beats Klingon")).toEqual(["kling"]);
    expect(ids("HappyHorses galore")).toEqual([]);
  });

  it("meets full-width and half-width forms", () => {
    expect(ids("ＨａｐｐｙＨｏｒｓｅ　１．０が首位")).toEqual(["happyhorse"]);
    expect(ids("ﾊｯﾋﾟｰﾎｰｽが首位")).toEqual(["happyhorse"]);
  });

  it("does not take ピ for ヒ", () => {
    expect(ids("ヒカの新モデル")).toEqual([]);
    expect(ids("ピカの新モデル")).toEqual(["pika"]);
    expect(ids("ハッヒーホースが首位に")).toEqual([]);
  });
});

describe("normalizeSearchText", () => {
  it("folds Latin accents and widths but keeps kana voicing and Hangul syllables", () => {
    expect(normalizeSearchText("ＨａｐｐｙＨｏｒｓｅ")).toBe("happyhorse");
    expect(normalizeSearchText("Klíng Séance")).toBe("kling seance");
    expect(normalizeSearchText("ピ")).toBe("ピ");
    expect(normalizeSearchText("ﾋﾟ")).toBe("ピ");
    expect(normalizeSearchText("ガ")).not.toBe(normalizeSearchText("カ"));
    expect(normalizeSearchText("클링")).toBe("클링");
    expect(normalizeSearchText("클링").length).toBe(2);
  });
});

describe("titleTokens in CJK text", () => {
  it("cuts Chinese and Japanese into words", () => {
    expect(titleTokens(CONFIRMS_ZH)).toEqual(["1.0", "ath", "happyhors", "事业", "创新", "来自", "确认", "部", "阿里巴巴"]);
    // Spacing does not change the words.
    expect(titleTokens(CONFIRMS_ZH_SPACED)).toEqual(titleTokens(CONFIRMS_ZH));
    expect(titleTokens(KLING_ZH)).toEqual(["3.0", "可", "快手", "灵"]);
    expect(titleTokens(TOPS_JA)).toEqual(["1.0", "happyhors", "ハッピー", "ホース", "首位"]);
  });

  it("drops Korean particles", () => {
    expect(titleTokens(KLING_KO)).toEqual(["3.0", "공개했다", "버전", "콰이쇼우", "클링"]);
    expect(titleTokens("알리바바가 가격을 공개")).toEqual(["가격", "공개", "알리바바"]);
  });
});

describe("isSameStory across outlets and languages", () => {
  const same = (a: string, b: string) => isSameStory(titleTokens(a), titleTokens(b));

  it("groups Chinese reports of one story, simplified and traditional", () => {
    expect(same("HappyHorse 1.0开放API，定价每秒0.9元", "阿里HappyHorse 1.0 API上线：每秒0.9元")).toBe(true);
    expect(same("HappyHorse 1.0开放API，定价每秒0.9元", "HappyHorse 1.0 API定價公佈 每秒0.9元")).toBe(true);
  });

  it("groups a CJK and an English report sharing the model name and the story's numbers", () => {
    expect(same(CONFIRMS_ZH, "Alibaba confirms HappyHorse 1.0 comes from its ATH AI Innovation Unit")).toBe(true);
    expect(same("HappyHorse 1.0开放API，定价每秒0.9元", "Alibaba prices the HappyHorse 1.0 API at 0.9 yuan per second")).toBe(true);
    expect(same(PRICE_KO, "Alibaba prices the HappyHorse 1.0 API at 0.9 yuan per second")).toBe(true);
  });

  it("keeps apart reports sharing only the model's name", () => {
    expect(same(TOPS_JA, "Alibaba prices the HappyHorse 1.0 API at 0.9 yuan per second")).toBe(false);
    expect(same(CONFIRMS_ZH, "HappyHorse 1.0开放API，定价每秒0.9元")).toBe(false);
    expect(same("HappyHorse 1.0 API定价每秒0.9元", "HappyHorse 1.0 API定价每秒1.2元")).toBe(false);
  });
});

describe("suggestCategories in CJK text", () => {
  it("reads the categories from Chinese, Japanese and Korean words", () => {
    expect(suggestCategories("HappyHorse 1.0开放API，定价每秒0.9元")).toEqual(expect.arrayContaining(["API", "PRICING"]));
    expect(suggestCategories("HappyHorse 1.0 定價公佈")).toEqual(["PRICING"]);
    expect(suggestCategories("商用许可尚未公布")).toEqual(["LICENSING"]);
    expect(suggestCategories("参数规模为150亿，采用扩散架构")).toEqual(["PARAMETERS", "ARCHITECTURE"]);
    expect(suggestCategories("音声付きの動画を生成")).toEqual(["AUDIO"]);
    expect(suggestCategories("HappyHorse の料金が発表")).toEqual(["PRICING"]);
    expect(suggestCategories("클링 가격 인하")).toEqual(["PRICING"]);
    expect(suggestCategories("HappyHorse 1.0出自阿里巴巴旗下的ATH创新事业部")).toEqual(["OWNERSHIP"]);
    expect(suggestCategories(CONFIRMS_ZH)).toEqual([]);
    expect(suggestCategories("ＡＰＩ公開")).toEqual(["API"]);
  });
});

describe("item language", () => {
  it("detects CJK languages from the script and English from its words", () => {
    expect(detectLanguage(CONFIRMS_ZH)).toBe("zh");
    expect(detectLanguage(TOPS_JA)).toBe("ja");
    expect(detectLanguage(PRICE_KO)).toBe("ko");
    expect(detectLanguage("Alibaba confirms the origin of HappyHorse")).toBe("en");
    expect(detectLanguage("HappyHorse 1.0")).toBeNull();
  });

  it("prefers the item's declared language, then its feed's unless the text plainly says otherwise", () => {
    expect(primaryLanguage("zh-CN")).toBe("zh");
    expect(primaryLanguage("not a language")).toBeNull();
    expect(itemLanguage({ item: "zh-TW", feed: "en", text: "HappyHorse" })).toBe("zh");
    expect(itemLanguage({ item: null, feed: "ja", text: "HappyHorse 1.0" })).toBe("ja");
    expect(itemLanguage({ item: null, feed: "en-us", text: CONFIRMS_ZH })).toBe("zh");
    expect(itemLanguage({ item: null, feed: null, text: TOPS_JA })).toBe("ja");
  });
});

describe("search in CJK text", () => {
  it("splits a query where CJK meets Latin letters or digits", () => {
    const q = parseSearchQuery("可灵3.0");
    expect(q.kind === "ok" && q.terms).toEqual(["可灵", "3.0"]);
    const w = parseSearchQuery("ＨａｐｐｙＨｏｒｓｅ");
    expect(w.kind === "ok" && w.terms).toEqual(["happyhorse"]);
  });

  it("highlights whole characters", () => {
    expect(highlightMatches(KLING_ZH, ["可灵"])).toEqual([
      { text: "快手", match: false },
      { text: "可灵", match: true },
      { text: "3.0正式发布", match: false },
    ]);
    // ピ written as ヒ plus a combining mark is one character: highlighted whole for ピ, not at all for ヒ.
    const decomposed = "新作ヒ\u309Aカ";
    expect(highlightMatches(decomposed, ["ピカ"])).toEqual([
      { text: "新作", match: false },
      { text: "ヒ\u309Aカ", match: true },
    ]);
    expect(highlightMatches(decomposed, ["ヒカ"]).some((p) => p.match)).toBe(false);
    expect(highlightMatches("𠀀可灵𠀀", ["可灵"]).map((p) => p.text)).toEqual(["𠀀", "可灵", "𠀀"]);
  });

  it("cuts snippets of unspaced text between words, never inside a character", () => {
    const text = `${"𠀀".repeat(150)}可灵3.0正式发布${"𠀀".repeat(150)}`;
    const snippet = snippetAround(text, ["可灵"], 120);
    expect(snippet).toContain("可灵3.0");
    expect(snippet).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });
});
