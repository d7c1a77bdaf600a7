// The language of a news item, as a primary language subtag ("zh", "ja", "ko", "en"…): what
// the review queue shows and filters by.

const CJK_LANGUAGES = new Set(["zh", "ja", "ko"]);
const ENGLISH_WORDS = new Set("the a an of to and in on for with is are was from by its as at that this new".split(" "));

/** "zh-CN", "zh_tw", "EN-us" → "zh", "zh", "en"; null for anything that is not a language tag. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const match = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*\s*$/i.exec(tag ?? "");
  return match ? match[1]!.toLowerCase() : null;
}

/**
 * The language a text is written in, from its scripts: kana means Japanese,
 * Hangul Korean, Han characters without kana Chinese (when CJK letters are at
 * least a fifth of the letters: a Chinese headline quotes Latin names); Latin
 * text with a few English function words is English. Null when unsure.
 */
export function detectLanguage(text: string): string | null {
  let han = 0;
  let kana = 0;
  let hangul = 0;
  let letters = 0;
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    if (/\p{scx=Hangul}/u.test(ch)) hangul++;
    else if (/[\p{scx=Hiragana}\p{scx=Katakana}]/u.test(ch) && !/\p{scx=Han}/u.test(ch)) kana++;
    else if (/\p{scx=Han}/u.test(ch)) han++;
  }
  const cjk = han + kana + hangul;
  if (cjk > 0 && cjk * 5 >= letters) {
    if (hangul >= kana && hangul >= han) return "ko";
    return kana > 0 ? "ja" : "zh";
  }
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.filter((w) => ENGLISH_WORDS.has(w)).length >= 2 ? "en" : null;
}

/**
 * An item's language: the one it declares (xml:lang, dc:language), else its
 * feed's, else detected from its text. A feed's language is a site-wide
 * default: an item plainly written in Chinese, Japanese or Korean in a feed
 * declared as another language is taken for what it is written in.
 */
export function itemLanguage(input: { item: string | null; feed: string | null; text: string }): string | null {
  const declared = primaryLanguage(input.item);
  if (declared) return declared;
  const detected = detectLanguage(input.text);
  const feed = primaryLanguage(input.feed);
  if (feed && !(detected && CJK_LANGUAGES.has(detected) && detected !== feed)) return feed;
  return detected;
}
