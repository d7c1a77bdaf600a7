// Chinese, Japanese and Korean text writes words without spaces between them (Korean puts
// spaces between phrases, with particles attached): word rules made for spaced scripts need
// to know which characters belong to these scripts.

// Script_Extensions, so the prolonged sound mark ー and the iteration marks 々 ゝ count too.
const CJK = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}]/u;
const HANGUL = /\p{scx=Hangul}/u;
const WORD = /[\p{L}\p{N}]/u;

/** A letter of a CJK script (Han, kana, Hangul); punctuation such as 、 or 「 is not. */
export function isCjkLetter(ch: string): boolean {
  return CJK.test(ch) && WORD.test(ch);
}

export function isHangul(ch: string): boolean {
  return HANGUL.test(ch) && WORD.test(ch);
}

/** A letter of a script written without spaces between words (Han, kana). */
function isUnspacedLetter(ch: string): boolean {
  return isCjkLetter(ch) && !isHangul(ch);
}

/** Korean particles written onto the word before them: "클링이" is "클링" with a subject marker. */
export const KOREAN_PARTICLES = ["에서는", "에서", "으로", "에게", "까지", "부터", "이다", "은", "는", "이", "가", "을", "를", "의", "에", "로", "와", "과", "도", "만"];

/** A letter or digit: what a word is made of. */
export function isWordChar(ch: string): boolean {
  return WORD.test(ch);
}

/** Whether the text has any CJK letter. */
export function hasCjk(text: string): boolean {
  for (const ch of text) if (isCjkLetter(ch)) return true;
  return false;
}

/**
 * The text with the spaces next to a Han or kana letter removed: Chinese and
 * Japanese outlets write "确认HappyHorse 1.0来自" or "确认 HappyHorse 1.0 来自"
 * as they please, so names compare in one spacing ("可灵 3.0" meets "可灵3.0").
 * Korean separates its words with spaces: those stay.
 */
export function tightenCjkSpacing(text: string): string {
  return text.replace(/(\S)\s+(?=\S)/gu, (whole, before: string, offset: number, all: string) => {
    const after = String.fromCodePoint(all.codePointAt(offset + whole.length) ?? 32);
    return isUnspacedLetter(before) || isUnspacedLetter(after) ? before : whole;
  });
}
