import { hasCjk, isCjkLetter, isHangul, KOREAN_PARTICLES } from "../../search/cjk-scripts";
import { normalizeSearchText } from "../../search/normalize-search-text";

// Words every headline has: sharing them says nothing about the story.
const STOPWORDS = new Set(
  "a an the and or but of to in on for with by at from as into about over after up out is are was were be been its it this that these those how what why who when via vs new now no not".split(
    " ",
  ),
);

// The same for Chinese (simplified and traditional) and Japanese, as the segmenter cuts them.
const CJK_STOPWORDS = new Set(
  "的 了 是 在 和 与 與 及 其 也 就 都 而 或 被 将 將 把 这 這 那 之 为 為 于 於 对 對 已 将于 已经 已經 一个 一個 正式 宣布 发布 發布 消息 报道 報道 こと これ それ ため よう など から まで より について として した する される ます です".split(
    " ",
  ),
);


/** A crude English stem, enough for "confirms" / "confirmed" / "confirm" to meet. */
function stem(word: string): string {
  let w = word.replace(/'s$/, "");
  if (/^\p{N}/u.test(w)) return w;
  if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  return w.length > 3 && w.endsWith("e") ? w.slice(0, -1) : w;
}

function stripKoreanParticle(word: string): string {
  const particle = KOREAN_PARTICLES.find((p) => word.length > p.length + 1 && word.endsWith(p));
  return particle ? word.slice(0, -particle.length) : word;
}

/** A CJK word as a token, or null for words that say nothing about the story. */
function cjkToken(word: string): string | null {
  if (isHangul(word[0] ?? "")) return KOREAN_PARTICLES.includes(word) ? null : stripKoreanParticle(word);
  if (CJK_STOPWORDS.has(word)) return null;
  // A lone kana is a particle (が, に, の); a lone Han character can be a word (灵 of 可灵).
  return Array.from(word).length === 1 && !/\p{scx=Han}/u.test(word) ? null : word;
}

function spacedToken(word: string): string | null {
  if (STOPWORDS.has(word)) return null;
  const token = stem(word);
  return token.length > 1 || /\p{N}/u.test(token) ? token : null;
}

// Word segmentation by dictionary (ICU, shipped with Node) for scripts written without spaces.
const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

/**
 * A run of letters and digits cut into words: as it is, or by the segmenter
 * when it has CJK in it. A number keeps apart from letters written onto it
 * ("1.0의", "3.0을"), so the version is the same token in every language.
 */
function wordsOf(run: string): string[] {
  if (!hasCjk(run)) return [run];
  const words: string[] = [];
  for (const s of segmenter.segment(run)) if (s.isWordLike) words.push(...s.segment.split(/(?<=\p{N})(?=[^\p{N}.])/u));
  return words;
}

/**
 * The distinct, normalised words of a title (width, accents and case folded,
 * stop words dropped, English lightly stemmed, version numbers such as "1.0"
 * kept whole), sorted. Chinese and Japanese are cut into words by a
 * dictionary segmenter, Korean loses its particles, so "阿里巴巴确认HappyHorse
 * 1.0" gives 阿里巴巴, 确认, happyhorse and 1.0. Stored with each item so the
 * database can find titles sharing words through an index.
 */
export function titleTokens(title: string): string[] {
  const runs = normalizeSearchText(title).match(/[\p{L}\p{N}]+(?:['.][\p{L}\p{N}]+)*/gu) ?? [];
  const tokens = new Set<string>();
  for (const run of runs) {
    for (const word of wordsOf(run)) {
      const token = isCjkLetter(word[0] ?? "") ? cjkToken(word) : spacedToken(word);
      if (token) tokens.add(token);
    }
  }
  return [...tokens].sort();
}
