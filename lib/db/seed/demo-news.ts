import type { ClaimCategory, ReviewStatus } from "../generated/enums";
import { DEMO_FEEDS, type DemoClusterKey } from "./demo-feeds";

export interface DemoNewsItem {
  key: string;
  feed: string;
  /** Path on the feed's site; the item URL is siteUrl + path. */
  path: string;
  publishedAt: string;
  status: ReviewStatus;
  title: string;
  /** Plain text; stored as a single sanitized `<p>` paragraph. */
  summary: string;
  categories: ClaimCategory[];
  /** [model slug, the alias text that matched]. */
  models: [string, string][];
  cluster?: DemoClusterKey;
  dismissReason?: string;
}

type Extra = Partial<Pick<DemoNewsItem, "cluster" | "dismissReason">>;

const item = (
  key: string,
  feed: string,
  publishedAt: string,
  status: ReviewStatus,
  title: string,
  summary: string,
  categories: ClaimCategory[],
  models: [string, string][],
  extra: Extra = {},
): DemoNewsItem => ({
  key,
  feed,
  path: `/${publishedAt.slice(0, 4)}/${publishedAt.slice(5, 7)}/${key}`,
  publishedAt: `${publishedAt}T09:30:00.000Z`,
  status,
  title,
  summary,
  categories,
  models,
  ...extra,
});

const HH = "happyhorse-1-0";
const ANON: [string, string] = [HH, "horse-7"];
const NAMED: [string, string] = [HH, "HappyHorse 1.0"];

/** Coverage of the story as an editor's queue would hold it after six months. */
export const DEMO_NEWS: DemoNewsItem[] = [
  // ── May–July: an anonymous entry climbs the arena ──
  item("horse-7-enters-arena", "arena", "2026-05-14", "RELEVANT", "New anonymous entry \"horse-7\" joins the video arena",
    "An unnamed text-to-video and image-to-video model appeared in the blind arena this week. With under 200 votes its interval is still very wide.",
    ["BENCHMARK"], [ANON]),
  item("kling-3-0-launch", "framerate", "2026-05-26", "RELEVANT", "Kuaishou launches Kling 3.0 with native audio",
    "Kling 3.0 is rolling out to subscribers in the Kling app, generating sound together with the picture. API access is promised \"in the coming weeks\".",
    ["AUDIO", "API"], [["kling-3-0", "Kling 3.0"]]),
  item("kling-3-0-launch-zh", "shipin", "2026-05-26", "RELEVANT", "快手可灵3.0正式发布，音画同步生成",
    "可灵3.0已在可灵App向订阅用户开放，画面与声音同步生成。快手表示API接口将在未来几周内开放。",
    ["AUDIO", "API", "INTEGRATION"], [["kling-3-0", "可灵3.0"]]),
  item("seedance-2-0-api", "ledger", "2026-06-03", "RELEVANT", "Seedance 2.0 arrives on BytePlus with an API",
    "ByteDance made Seedance 2.0 available to developers through BytePlus ModelArk, with per-second pricing published on the same day.",
    ["API", "PRICING"], [["seedance-2-0", "Seedance 2.0"]]),
  item("cinematic-prompts", "synth", "2026-06-05", "DISMISSED", "Ten prompts that make AI video look cinematic",
    "A practical guide to camera moves, lighting words and shot lengths, with examples made in Veo 3 and Kling.",
    [], [["veo-3", "Veo 3"]], { dismissReason: "Tutorial: no new facts about a tracked model." }),
  item("horse-7-top-three", "framerate", "2026-06-18", "RELEVANT", "Mystery model \"horse-7\" climbs into the arena's top three",
    "Five weeks after its debut the anonymous entry sits behind only Seedance 2.0 and Veo 3 on the silent text-to-video board; nobody has claimed it.",
    ["BENCHMARK", "OWNERSHIP"], [ANON, ["seedance-2-0", "Seedance 2.0"]]),
  item("kling-3-0-open-weights-wrong", "synth", "2026-06-24", "RELEVANT", "No, Kling 3.0's weights are not open",
    "Posts claiming Kuaishou had released Kling 3.0 under an open licence were wrong: the developer terms describe a proprietary, API-only model.",
    ["LICENSING"], [["kling-3-0", "Kling 3.0"]]),
  item("horse-7-first-arena", "arena", "2026-07-02", "RELEVANT", "horse-7 takes first place in silent text-to-video",
    "The anonymous model now leads the no-audio board by about 20 points, and for the first time its interval no longer overlaps the runner-up's.",
    ["BENCHMARK"], [ANON], { cluster: "horse-7-tops-arena" }),
  item("anonymous-model-leads", "synth", "2026-07-02", "RELEVANT", "An anonymous video model now leads the blind arena",
    "\"horse-7\" overtook Seedance 2.0 this week. Arena leads are relative and can shrink as votes accumulate, the arena's maintainers caution.",
    ["BENCHMARK"], [ANON], { cluster: "horse-7-tops-arena" }),
  item("horse-7-number-one", "framerate", "2026-07-03", "RELEVANT", "The best video model in the arena has no name",
    "Voters prefer horse-7 over every named model in silent clips. In image-to-video it is still just behind Seedance 2.0, and where audio counts it is not ahead at all.",
    ["BENCHMARK"], [ANON], { cluster: "horse-7-tops-arena" }),
  item("who-is-horse-7", "synth", "2026-07-07", "RELEVANT", "Researchers point to Alibaba as the likely maker of horse-7",
    "Prompt-following quirks and Chinese-language captions in arena samples lead several researchers to suspect an Alibaba team. Alibaba declined to comment.",
    ["OWNERSHIP"], [ANON]),
  item("happy-horse-carousel", "framerate", "2026-07-11", "DISMISSED", "Restored \"Happy Horse\" carousel returns to the summer fair",
    "A hand-painted carousel is back after a two-year restoration.",
    [], [[HH, "Happy Horse"]], { dismissReason: "Unrelated: \"Happy Horse\" here is a fairground carousel, not the model." }),
  item("horse-7-one-model", "framerate", "2026-07-15", "RELEVANT", "horse-7 samples hint at one model for video and audio",
    "Lip-synced clips in several languages have led observers to guess that horse-7 generates text-conditioned video and audio in a single network. No paper or model card backs this up.",
    ["ARCHITECTURE", "AUDIO"], [ANON]),
  item("horse-7-parameters", "ledger", "2026-07-21", "RELEVANT", "The horse-7 parameter rumours do not add up",
    "Figures from 8 to 30 billion parameters are circulating, all traced to a single anonymous post. None comes with evidence.",
    ["PARAMETERS"], [ANON]),
  item("veo-3-audio-board", "arena", "2026-07-22", "RELEVANT", "Veo 3 holds on where audio counts",
    "On the with-audio board Veo 3 and Sora 2 remain at the top; horse-7 has climbed into a statistical tie with them but is not ahead.",
    ["BENCHMARK", "AUDIO"], [["veo-3", "Veo 3"], ["sora-2", "Sora 2"], ANON]),
  item("sora-2-api-tiers", "ledger", "2026-08-12", "RELEVANT", "Sora 2 API adds a cheaper draft tier",
    "OpenAI's price list now has a lower-resolution draft tier for Sora 2, billed per second of output.",
    ["API", "PRICING"], [["sora-2", "Sora 2"]]),
  item("weekly-roundup-33", "ledger", "2026-08-19", "DISMISSED", "Weekly roundup: funding, hires and a new GPU cloud",
    "Three funding rounds, two executive moves and a GPU rental price war.",
    [], [], { dismissReason: "Roundup with no new facts on tracked models." }),
  // ── August–September: Alibaba confirms, the open questions stay open ──
  item("alibaba-confirms-happyhorse", "ledger", "2026-08-31", "RELEVANT", "Alibaba confirms HappyHorse 1.0 comes from its ATH AI Innovation Unit",
    "Alibaba said the arena's anonymous leader is HappyHorse 1.0, built by its ATH AI Innovation Unit. It gave no date for API access, pricing or licensing.",
    ["OWNERSHIP", "API", "PRICING", "LICENSING"], [NAMED], { cluster: "alibaba-confirms" }),
  item("alibaba-built-happyhorse", "synth", "2026-08-31", "RELEVANT", "Alibaba says it built HappyHorse, the anonymous arena leader",
    "The company confirmed ownership in a short statement. Questions about the model's size, speed and audio were left unanswered.",
    ["OWNERSHIP"], [[HH, "HappyHorse"]], { cluster: "alibaba-confirms" }),
  // The Chinese report of the confirmation: clustered with the English ones through the name and numbers they share.
  item("alibaba-confirms-happyhorse-zh", "shipin", "2026-08-31", "RELEVANT", "阿里巴巴确认HappyHorse 1.0来自其ATH创新事业部",
    "阿里巴巴表示，视频竞技场上的匿名领先者就是HappyHorse 1.0，由其ATH AI创新事业部打造。公司未公布API、定价或授权的时间表。",
    ["OWNERSHIP", "API", "PRICING", "LICENSING"], [[HH, "happyhorse 1.0"]], { cluster: "alibaba-confirms" }),
  item("happyhorse-confirmation-explained", "framerate", "2026-09-01", "RELEVANT", "HappyHorse 1.0 is Alibaba's: what the confirmation does and does not say",
    "Confirmed: the owner and the name. Not confirmed: a unified multimodal architecture, the parameter count, generation speed, multilingual audio, an API, a price or a licence.",
    ["OWNERSHIP", "ARCHITECTURE", "API", "PRICING", "LICENSING"], [NAMED], { cluster: "alibaba-confirms" }),
  item("arena-relabels-horse-7", "arena", "2026-09-02", "RELEVANT", "Arena relabels horse-7 as HappyHorse 1.0",
    "Following Alibaba's confirmation, the arena now lists the entry under its real name; its rating history is unchanged.",
    ["OWNERSHIP", "BENCHMARK"], [NAMED], { cluster: "alibaba-confirms" }),
  item("alibaba-happyhorse-syndicated", "synth", "2026-09-02", "DISMISSED", "Alibaba confirms HappyHorse origin (wire copy)",
    "Syndicated copy of Monday's report on Alibaba's confirmation.",
    ["OWNERSHIP"], [[HH, "HappyHorse"]], { cluster: "alibaba-confirms", dismissReason: "Duplicate: syndicated copy of a story already reviewed." }),
  item("happyhorse-no-api", "synth", "2026-09-03", "RELEVANT", "No API, no price: developers wait on HappyHorse 1.0",
    "There is no endpoint, documentation, price list or licence for HappyHorse 1.0. Alibaba Cloud's model catalogue does not list it.",
    ["API", "PRICING", "LICENSING"], [NAMED]),
  item("happyhorse-not-wan", "ledger", "2026-09-10", "RELEVANT", "Is HappyHorse a Wan model? Alibaba's video teams, explained",
    "HappyHorse comes from the ATH AI Innovation Unit, not Tongyi Lab, which builds Wan 2.5. Whether the two share components is unknown.",
    ["OWNERSHIP", "ARCHITECTURE"], [NAMED, ["wan-2-5", "Wan 2.5"]]),
  item("audio-board-reanchored", "arena", "2026-09-17", "RELEVANT", "Audio arena re-anchored: every rating moves up about 30 points",
    "The with-audio board is now anchored on its full historical pool. Ratings before and after 16 September are not directly comparable; ranks are unaffected.",
    ["BENCHMARK"], [NAMED, ["veo-3", "Veo 3"]]),
  item("happyhorse-speed-claims", "framerate", "2026-09-24", "RELEVANT", "HappyHorse speed claims: 1080p in 30 seconds is unconfirmed",
    "A widely shared claim that HappyHorse renders a five-second 1080p clip in under 30 seconds cites no benchmark, hardware or settings.",
    ["SPEED"], [NAMED]),
  item("runway-4k-questioned", "framerate", "2026-10-07", "RELEVANT", "Runway Gen-4's \"native 4K\" questioned",
    "Runway's documentation describes 4K output as an upscale of a lower-resolution generation, contrary to some launch coverage.",
    ["CAPABILITY"], [["runway-gen-4", "Runway Gen-4"]]),
  item("arena-maintenance", "arena", "2026-10-15", "DISMISSED", "Arena maintenance window on Saturday",
    "Voting will pause for two hours for a database upgrade.",
    [], [], { dismissReason: "Operational notice, no rating change." }),
  // ── October–November: the queue an editor has not worked through yet ──
  item("happyhorse-console-screenshot", "synth", "2026-10-21", "NEW", "HappyHorse 1.0 spotted in an Alibaba Cloud console screenshot",
    "A screenshot shared online appears to show HappyHorse in a private model list. Alibaba has not commented; the image cannot be verified.",
    ["API", "INTEGRATION"], [NAMED]),
  item("arenas-measure-right-thing", "framerate", "2026-10-28", "DISMISSED", "Opinion: are video arenas measuring the right thing?",
    "Blind pairwise votes reward short, striking clips. A columnist argues for longer, task-based tests.",
    [], [[HH, "HappyHorse"]], { dismissReason: "Opinion piece; no claim about a tracked model." }),
  item("hailuo-02-physics-update", "ledger", "2026-10-29", "NEW", "Hailuo 02 update improves physics and hands",
    "MiniMax shipped a Hailuo 02 update it says reduces visual artefacts in fast motion.",
    ["CAPABILITY"], [["hailuo-02", "Hailuo 02"]]),
  item("hailuo-02-update-zh", "shipin", "2026-10-30", "NEW", "海螺02更新：高速运动与手部画面更稳定",
    "MiniMax表示，新版海螺02减少了快速运动中的画面瑕疵，手部细节也有改善。",
    ["CAPABILITY", "SPEED"], [["hailuo-02", "海螺02"]]),
  item("seedance-i2v-gap", "arena", "2026-11-02", "NEW", "Seedance 2.0 keeps pace with HappyHorse in image-to-video",
    "HappyHorse 1.0 still leads image-to-video, but by about 15 points, a smaller margin than on the silent text-to-video board.",
    ["BENCHMARK"], [NAMED, ["seedance-2-0", "Seedance 2.0"]]),
  item("wan-2-5-lip-sync", "framerate", "2026-11-04", "NEW", "Wan 2.5 adds audio-driven lip sync",
    "Tongyi Lab added an option to drive Wan 2.5's mouth movements from an uploaded voice track.",
    ["AUDIO", "CAPABILITY"], [["wan-2-5", "Wan 2.5"]]),
  item("kling-3-0-price-cut", "synth", "2026-11-06", "NEW", "Kling 3.0 gets an API price cut",
    "Kuaishou lowered the per-second price of Kling 3.0 on its developer platform for high-volume customers.",
    ["PRICING", "API"], [["kling-3-0", "Kling 3.0"]]),
  item("ray3-hdr-api", "ledger", "2026-11-09", "NEW", "Ray3's HDR output is now in the Luma API",
    "Developers can now request 16-bit HDR renders from Ray3 through the API.",
    ["API", "CAPABILITY"], [["luma-ray-3", "Ray3"]]),
  item("happyhorse-pricing-slide", "framerate", "2026-11-13", "NEW", "Leaked slide suggests HappyHorse pricing tiers",
    "A slide attributed to an Alibaba partner event lists three HappyHorse tiers. Alibaba has published no pricing.",
    ["PRICING"], [[HH, "HappyHorse"]], { cluster: "pricing-slide" }),
  item("happyhorse-pricing-slide-ledger", "ledger", "2026-11-14", "NEW", "Leaked slide suggests three HappyHorse pricing tiers",
    "Per-second prices for three HappyHorse quality tiers appear on a partner slide; Alibaba declined to comment.",
    ["PRICING"], [[HH, "HappyHorse"]], { cluster: "pricing-slide" }),
  item("happyhorse-pricing-slide-synth", "synth", "2026-11-14", "NEW", "HappyHorse pricing tiers leak on a partner slide",
    "Three tiers, billed per second of video, according to a photographed slide. No price list exists on Alibaba Cloud.",
    ["PRICING"], [[HH, "HappyHorse"]], { cluster: "pricing-slide" }),
  item("happyhorse-voice-demo", "synth", "2026-11-16", "NEW", "HappyHorse multilingual voice demo draws scrutiny",
    "A demo reel shows speech in five languages; audio researchers note the clips could have been dubbed after generation.",
    ["AUDIO"], [[HH, "HappyHorse"]]),
  item("veo-3-longer-clips", "ledger", "2026-11-18", "NEW", "Veo 3 gets longer clips on Vertex AI",
    "Google raised the maximum clip length for Veo 3 on Vertex AI, with the same per-second price.",
    ["CAPABILITY", "API"], [["veo-3", "Veo 3"]]),
  item("weekly-arena-47", "arena", "2026-11-19", "NEW", "Weekly arena: HappyHorse keeps its silent lead; the audio race stays tied",
    "HappyHorse 1.0 leads silent text-to-video by about 40 points. With audio, it shares first place with Veo 3 and Sora 2: their intervals overlap.",
    ["BENCHMARK"], [NAMED, ["veo-3", "Veo 3"], ["sora-2", "Sora 2"]]),
  item("happyhorse-silent-lead-ja", "douga", "2026-11-20", "NEW", "ハッピーホースことHappyHorse 1.0、無音部門で首位を維持",
    "HappyHorse 1.0は無音のテキスト動画部門で約40ポイントのリード。音声ありの部門ではVeo 3、Sora 2と統計的に並んでいる。",
    ["BENCHMARK", "AUDIO"], [NAMED, ["veo-3", "Veo 3"], ["sora-2", "Sora 2"]]),
  item("wan-2-5-lip-sync-zh", "shipin", "2026-11-05", "NEW", "通义万相2.5新增音频驱动口型同步",
    "通义实验室为万相2.5增加了新选项：上传语音即可驱动人物口型。",
    ["AUDIO", "CAPABILITY"], [["wan-2-5", "通义万相2.5"]]),
  item("happyhorse-qwen-hint", "synth", "2026-11-23", "NEW", "Alibaba executive hints at HappyHorse in the Qwen app",
    "Asked about consumer plans, an executive said Alibaba's video research \"will reach our apps\", without naming a model or a date.",
    ["INTEGRATION"], [[HH, "HappyHorse"]]),
];

/** Where the demo item lives: its feed's site plus its path (the canonical URL, without tracking parameters). */
export function demoNewsCanonicalUrl(item: Pick<DemoNewsItem, "feed" | "path">): string {
  const feed = DEMO_FEEDS.find((f) => f.key === item.feed);
  if (!feed) throw new Error(`demo news: unknown feed ${item.feed}`);
  return `${feed.siteUrl}${item.path}`;
}

export function findDemoNewsOrThrow(key: string): DemoNewsItem {
  const found = DEMO_NEWS.find((n) => n.key === key);
  if (!found) throw new Error(`demo news: unknown item ${key}`);
  return found;
}
