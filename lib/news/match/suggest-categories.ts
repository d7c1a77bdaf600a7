import type { ClaimCategory } from "../../db";
import { normalizeSearchText } from "../../search/normalize-search-text";

// Keyword rules, deliberately simple: a suggestion an editor confirms, never a verdict. English
// words need word boundaries; CJK words have none to need (simplified and traditional Chinese,
// Japanese, Korean), and are matched in the text as it is folded (full-width forms and all). As
// strict as the English ones: 来自 ("comes from") or 应用 ("application", also "to apply") say
// too little on their own.
const rules: ReadonlyArray<[ClaimCategory, RegExp, readonly string[]]> = [
  ["API", /\bapis?\b/, ["接口", "介面", "应用程序接口", "應用程式介面"]],
  ["PRICING", /\b(pricing|prices?|priced)\b/, ["定价", "定價", "价格", "價格", "售价", "售價", "收费", "收費", "计费", "計費", "每秒", "料金", "価格", "値段", "가격", "요금"]],
  ["LICENSING", /\b(licen[cs]e[sd]?|licensing)\b/, ["许可", "許可", "授权", "授權", "开源", "開源", "商用", "ライセンス", "オープンソース", "라이선스", "라이센스", "오픈소스"]],
  ["PARAMETERS", /\b(parameters?|billion)\b/, ["参数", "參數", "パラメータ", "파라미터", "매개변수"]],
  ["ARCHITECTURE", /\b(architecture|diffusion|transformers?)\b/, ["架构", "架構", "扩散", "擴散", "拡散", "アーキテクチャ", "トランスフォーマー", "아키텍처", "트랜스포머", "확산"]],
  ["AUDIO", /\b(audio|sound)\b/, ["音频", "音頻", "音訊", "音效", "声音", "聲音", "配音", "音声", "オーディオ", "サウンド", "오디오", "음성", "사운드"]],
  ["SPEED", /\b(speed|seconds?)\b/, ["速度", "秒", "スピード", "高速", "속도"]],
  ["INTEGRATION", /\b(integrations?|integrated|apps?)\b/, ["集成", "整合", "接入", "搭载", "搭載", "アプリ", "統合", "통합", "탑재", "앱"]],
  ["OWNERSHIP", /\b(ownership|acquires?|acquired|acquisition|developed by)\b/, ["收购", "收購", "旗下", "出自", "归属", "歸屬", "買収", "開発元", "인수", "개발사"]],
];

/** Claim categories a news text seems to touch, in a stable order. */
export function suggestCategories(text: string): ClaimCategory[] {
  const haystack = normalizeSearchText(text);
  return rules
    .filter(([, english, cjk]) => english.test(haystack) || cjk.some((word) => haystack.includes(word)))
    .map(([category]) => category);
}
