import { move, newsSource, src, type DemoClaim, type DemoSource } from "./demo-claim-types";
import { HAPPYHORSE_SLUG } from "./demo-models";
import { DEMO_LEADERBOARD_URL } from "./demo-leaderboards";

const HH = HAPPYHORSE_SLUG;

/** Alibaba's own statement: the one OFFICIAL source the story has. */
const CONFIRMATION: DemoSource = src(
  "OFFICIAL",
  "https://www.alibabagroup.com/en-US/news/article-happyhorse-1-0",
  "Alibaba statement on HappyHorse 1.0",
  "Alibaba Group",
  "2026-08-31",
  {
    quote:
      "HappyHorse 1.0 was developed by Alibaba's ATH AI Innovation Unit. We will share more about availability at a later date.",
    addedAt: "2026-08-31",
  },
);

/** The editor's own check of Alibaba Cloud's model catalogue: independent of any press report. */
const CATALOGUE_CHECK = (at: string): DemoSource =>
  src("INDEPENDENT", "https://www.alibabacloud.com/help/en/model-studio/models", "Alibaba Cloud Model Studio: model list", "Alibaba Cloud", at, {
    quote: "Checked by the Modelwatch desk: no HappyHorse model, endpoint, price or licence is listed.",
    addedAt: at,
  });

const SOCIAL_SLEUTH = src(
  "SOCIAL",
  "https://x.com/videoarena_fan/status/1942001122334455667",
  "Thread: the case that horse-7 is an Alibaba model",
  "@videoarena_fan",
  "2026-07-06",
);

export const HAPPYHORSE_CLAIMS: DemoClaim[] = [
  {
    key: "hh-ownership",
    model: HH,
    category: "OWNERSHIP",
    statement: "HappyHorse 1.0 was developed by Alibaba's ATH AI Innovation Unit.",
    confidence: "CONFIDENT",
    createdAt: "2026-07-07",
    sources: [SOCIAL_SLEUTH, newsSource("who-is-horse-7"), CONFIRMATION, newsSource("alibaba-confirms-happyhorse", "PRESS")],
    history: [
      move(
        "2026-08-31",
        "VERIFIED",
        "Alibaba confirmed in an official statement that HappyHorse 1.0 comes from its ATH AI Innovation Unit.",
        [2],
      ),
    ],
  },
  {
    key: "hh-architecture",
    model: HH,
    category: "ARCHITECTURE",
    statement:
      "HappyHorse 1.0 is a single unified multimodal model: text, image conditioning, video and audio are handled by one network.",
    confidence: "SPECULATIVE",
    createdAt: "2026-07-16",
    sources: [
      newsSource("horse-7-one-model", "PRESS", "No paper or model card backs this up."),
      src("SOCIAL", "https://x.com/genvideo_notes/status/1944990011223344556", "Why horse-7 looks like one model, not a pipeline", "@genvideo_notes", "2026-07-14"),
    ],
  },
  {
    key: "hh-parameters",
    model: HH,
    category: "PARAMETERS",
    statement: "HappyHorse 1.0 has about 15 billion parameters.",
    confidence: "SPECULATIVE",
    createdAt: "2026-07-21",
    sources: [
      src("SOCIAL", "https://x.com/modelsizes/status/1946543210987654321", "horse-7 is ~15B, per a friend who has seen it", "@modelsizes", "2026-07-19"),
      newsSource("horse-7-parameters", "PRESS", "Figures from 8 to 30 billion parameters are circulating, all traced to a single anonymous post."),
    ],
  },
  {
    key: "hh-speed",
    model: HH,
    category: "SPEED",
    statement: "HappyHorse 1.0 renders a five-second 1080p clip in under 30 seconds.",
    confidence: "SPECULATIVE",
    createdAt: "2026-09-24",
    sources: [newsSource("happyhorse-speed-claims", "PRESS", "cites no benchmark, hardware or settings")],
  },
  {
    key: "hh-audio",
    model: HH,
    category: "AUDIO",
    statement: "HappyHorse 1.0 generates synchronized speech in several languages, including Mandarin, English and Japanese.",
    confidence: "LIKELY",
    createdAt: "2026-07-16",
    sources: [
      newsSource("horse-7-one-model", "PRESS", "Lip-synced clips in several languages"),
      src("SOCIAL", "https://www.reddit.com/r/aivideo/comments/1m4horse7/horse7_speaks_japanese_now/", "horse-7 speaks Japanese now", "r/aivideo", "2026-07-13"),
    ],
  },
  {
    key: "hh-api",
    model: HH,
    category: "API",
    statement: "No public API or developer documentation for HappyHorse 1.0 has been published.",
    confidence: "CONFIDENT",
    createdAt: "2026-09-03",
    reviewBy: "2026-12-02",
    sources: [CONFIRMATION, CATALOGUE_CHECK("2026-09-03"), newsSource("happyhorse-no-api")],
    history: [move("2026-09-03", "VERIFIED", "Alibaba's statement gives no availability; the Model Studio catalogue lists no HappyHorse endpoint.", [0, 1])],
  },
  {
    key: "hh-pricing",
    model: HH,
    category: "PRICING",
    statement: "No pricing for HappyHorse 1.0 has been published.",
    confidence: "CONFIDENT",
    createdAt: "2026-09-03",
    reviewBy: "2026-11-20",
    sources: [CONFIRMATION, CATALOGUE_CHECK("2026-09-03"), newsSource("happyhorse-no-api")],
    history: [move("2026-09-03", "VERIFIED", "No price in Alibaba's statement or in the Model Studio price list. Re-check monthly.", [0, 1])],
  },
  {
    key: "hh-licensing",
    model: HH,
    category: "LICENSING",
    statement: "No licence or commercial-use terms for HappyHorse 1.0 have been published, and no weights have been released.",
    confidence: "CONFIDENT",
    createdAt: "2026-09-03",
    reviewBy: "2027-01-06",
    sources: [CONFIRMATION, CATALOGUE_CHECK("2026-09-03")],
    history: [move("2026-09-03", "VERIFIED", "Neither Alibaba's statement nor its catalogue mentions terms or weights.", [0, 1])],
  },
  {
    key: "hh-integration",
    model: HH,
    category: "INTEGRATION",
    statement: "HappyHorse 1.0 is being integrated into Alibaba's consumer apps and cloud products.",
    confidence: "SPECULATIVE",
    createdAt: "2026-09-04",
    sources: [
      src("SOCIAL", "https://weibo.com/7712345678/PqRsTuVwX", "Post: HappyHorse coming to Qwen app soon", "Weibo user", "2026-09-04"),
    ],
  },
  {
    key: "hh-benchmark-silent",
    model: HH,
    category: "BENCHMARK",
    statement:
      "HappyHorse 1.0 leads the Artificial Analysis text-to-video arena without audio, with an interval clear of the runner-up's.",
    confidence: "CONFIDENT",
    createdAt: "2026-07-02",
    reviewBy: "2026-12-16",
    sources: [
      src("LEADERBOARD", DEMO_LEADERBOARD_URL, "Artificial Analysis Video Arena: text to video (no audio)", "Artificial Analysis", "2026-07-01"),
      newsSource("horse-7-first-arena", "INDEPENDENT", "for the first time its interval no longer overlaps the runner-up's"),
    ],
    history: [
      move(
        "2026-07-03",
        "VERIFIED",
        "First place with a 95% interval that no longer overlaps Seedance 2.0's. Leads are relative: re-check as votes accumulate.",
        [0, 1],
      ),
    ],
  },
];
