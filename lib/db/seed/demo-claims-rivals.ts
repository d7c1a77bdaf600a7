import { move, newsSource, src, type DemoClaim } from "./demo-claim-types";

/**
 * A few claims per rival model, chosen to show every status: verified with
 * official or independent sources, disputed, one refuted, one retracted.
 */
export const RIVAL_CLAIMS: DemoClaim[] = [
  // ── Seedance 2.0 ──
  {
    key: "seedance-ownership", model: "seedance-2-0", category: "OWNERSHIP", confidence: "CONFIDENT", createdAt: "2026-03-19",
    statement: "Seedance 2.0 was developed by ByteDance's Seed team.",
    sources: [src("OFFICIAL", "https://seed.bytedance.com/en/seedance", "Seedance 2.0", "ByteDance Seed", "2026-03-18")],
    history: [move("2026-03-19", "VERIFIED", "Announced on ByteDance Seed's own site.", [0])],
  },
  {
    key: "seedance-api", model: "seedance-2-0", category: "API", confidence: "CONFIDENT", createdAt: "2026-06-03", reviewBy: "2027-01-15",
    statement: "Seedance 2.0 is available to developers through the BytePlus ModelArk API, with documentation.",
    sources: [
      src("OFFICIAL", "https://docs.byteplus.com/en/docs/ModelArk/seedance-2-0", "ModelArk: Seedance 2.0 video generation API", "BytePlus", "2026-06-02"),
      newsSource("seedance-2-0-api"),
    ],
    history: [move("2026-06-03", "VERIFIED", "API reference and model ID published by BytePlus.", [0])],
  },
  {
    key: "seedance-motion", model: "seedance-2-0", category: "CAPABILITY", confidence: "SPECULATIVE", createdAt: "2026-04-02",
    statement: "Seedance 2.0 produces the most stable motion of any video model.",
    sources: [
      src("PRESS", "https://framerate.example/2026/04/seedance-2-0-review", "Seedance 2.0 review: the steadiest camera yet", "Frame Rate", "2026-04-01"),
      src("INDEPENDENT", "https://videobench.example/reports/motion-stability-2026-q2", "Motion stability benchmark, Q2 2026", "VideoBench (illustrative)", "2026-05-15"),
    ],
    history: [
      move("2026-05-16", "DISPUTED", "An independent motion benchmark ranks Veo 3 and Kling 2.5 Turbo ahead of Seedance 2.0 on camera stability.", [1]),
    ],
  },
  // ── Kling 3.0 ──
  {
    key: "kling3-ownership", model: "kling-3-0", category: "OWNERSHIP", confidence: "CONFIDENT", createdAt: "2026-05-26",
    statement: "Kling 3.0 is developed by Kuaishou.",
    sources: [src("OFFICIAL", "https://klingai.com/release-notes/kling-3-0", "Kling 3.0 release notes", "Kuaishou", "2026-05-26")],
    history: [move("2026-05-26", "VERIFIED", "Kuaishou's release notes.", [0])],
  },
  {
    key: "kling3-open-weights", model: "kling-3-0", category: "LICENSING", confidence: "SPECULATIVE", createdAt: "2026-06-20",
    statement: "Kling 3.0's weights are released under an open licence.",
    sources: [
      src("SOCIAL", "https://x.com/opensource_vid/status/1935550001112223334", "Kling 3.0 weights are out, open licence!", "@opensource_vid", "2026-06-19"),
      src("OFFICIAL", "https://app.klingai.com/global/dev/terms", "Kling AI developer terms of service", "Kuaishou", "2026-06-16", {
        quote: "The Model is provided solely as a hosted service; no model weights are licensed or distributed.",
        addedAt: "2026-06-24",
      }),
      { ...newsSource("kling-3-0-open-weights-wrong"), addedAt: "2026-06-24" },
    ],
    history: [move("2026-06-24", "REFUTED", "Kuaishou's developer terms say the model is hosted only and no weights are licensed.", [1, 2])],
  },
  {
    key: "kling3-api", model: "kling-3-0", category: "API", confidence: "CONFIDENT", createdAt: "2026-06-16", reviewBy: "2027-01-15",
    statement: "Kling 3.0 is available through the Kling AI developer API.",
    sources: [src("OFFICIAL", "https://app.klingai.com/global/dev/document-api", "Kling AI API documentation", "Kuaishou", "2026-06-16")],
    history: [move("2026-06-16", "VERIFIED", "Listed in the official API documentation.", [0])],
  },
  {
    key: "kling3-audio", model: "kling-3-0", category: "AUDIO", confidence: "LIKELY", createdAt: "2026-05-26",
    statement: "Kling 3.0 generates sound effects and dialogue together with the video, in one pass.",
    sources: [newsSource("kling-3-0-launch")],
  },
  // ── Kling 2.5 Turbo and Kling 2.1 Master ──
  {
    key: "kling25-speed", model: "kling-2-5-turbo", category: "SPEED", confidence: "LIKELY", createdAt: "2025-09-24",
    statement: "Kling 2.5 Turbo generates clips about twice as fast as Kling 2.1 Master at the same resolution.",
    sources: [
      src("OFFICIAL", "https://klingai.com/release-notes/kling-2-5-turbo", "Kling 2.5 Turbo release notes", "Kuaishou", "2025-09-23"),
      src("INDEPENDENT", "https://videobench.example/reports/latency-2026-05", "Generation latency, May 2026", "VideoBench (illustrative)", "2026-05-20", {
        quote: "Median speed-up over Kling 2.1 Master: 1.4x at 1080p.",
      }),
    ],
    history: [move("2026-05-21", "DISPUTED", "Independent timing measured a 1.4x speed-up, not 2x.", [1])],
  },
  {
    key: "kling25-pricing", model: "kling-2-5-turbo", category: "PRICING", confidence: "CONFIDENT", createdAt: "2026-05-21", reviewBy: "2026-12-31",
    statement: "Kling 2.5 Turbo costs less per second of video than Kling 2.1 Master on the developer API.",
    sources: [
      src("OFFICIAL", "https://app.klingai.com/global/dev/pricing", "Kling AI API pricing", "Kuaishou", "2026-05-20"),
    ],
    history: [move("2026-05-21", "VERIFIED", "Official price list.", [0])],
  },
  {
    key: "kling21-api", model: "kling-2-1-master", category: "API", confidence: "CONFIDENT", createdAt: "2025-06-02", reviewBy: "2027-02-01",
    statement: "Kling 2.1 Master is available through the Kling AI developer API.",
    sources: [src("OFFICIAL", "https://app.klingai.com/global/dev/document-api", "Kling AI API documentation", "Kuaishou", "2025-05-29")],
    history: [move("2025-06-02", "VERIFIED", "Listed in the official API documentation.", [0])],
  },
  {
    key: "kling21-length", model: "kling-2-1-master", category: "CAPABILITY", confidence: "CONFIDENT", createdAt: "2025-06-02",
    statement: "Kling 2.1 Master generates clips of up to 10 seconds at 1080p.",
    sources: [src("OFFICIAL", "https://klingai.com/release-notes/kling-2-1", "Kling 2.1 release notes", "Kuaishou", "2025-05-29")],
    history: [move("2025-06-02", "VERIFIED", "Stated in the release notes.", [0])],
  },
  // ── Veo 3 ──
  {
    key: "veo3-audio", model: "veo-3", category: "AUDIO", confidence: "CONFIDENT", createdAt: "2025-05-21",
    statement: "Veo 3 generates synchronized dialogue, sound effects and ambient sound natively.",
    sources: [
      src("OFFICIAL", "https://deepmind.google/models/veo/", "Veo", "Google DeepMind", "2025-05-20"),
      src("INDEPENDENT", "https://videobench.example/reports/audio-sync-2025", "Audio-visual sync test", "VideoBench (illustrative)", "2025-07-01"),
    ],
    history: [move("2025-07-02", "VERIFIED", "Official description, confirmed by an independent sync test.", [0, 1])],
  },
  {
    key: "veo3-api", model: "veo-3", category: "API", confidence: "CONFIDENT", createdAt: "2025-07-18", reviewBy: "2027-01-15",
    statement: "Veo 3 is available to developers in the Gemini API and on Vertex AI.",
    sources: [src("OFFICIAL", "https://ai.google.dev/gemini-api/docs/video", "Generate video with Veo", "Google", "2025-07-17")],
    history: [move("2025-07-18", "VERIFIED", "Official API documentation.", [0])],
  },
  {
    key: "veo3-pricing", model: "veo-3", category: "PRICING", confidence: "CONFIDENT", createdAt: "2025-07-18", reviewBy: "2026-12-10",
    statement: "Veo 3 is billed per second of generated video, with audio included.",
    sources: [src("OFFICIAL", "https://ai.google.dev/gemini-api/docs/pricing", "Gemini API pricing", "Google", "2025-07-17")],
    history: [move("2025-07-18", "VERIFIED", "Official price list.", [0])],
  },
  {
    key: "veo3-params", model: "veo-3", category: "PARAMETERS", confidence: "SPECULATIVE", createdAt: "2025-08-04",
    statement: "Veo 3 has more than 100 billion parameters.",
    sources: [src("SOCIAL", "https://x.com/scaling_gossip/status/1952233344455566778", "Veo 3 is >100B, trust me", "@scaling_gossip", "2025-08-03")],
  },
  // ── Sora 2 ──
  {
    key: "sora2-audio", model: "sora-2", category: "AUDIO", confidence: "CONFIDENT", createdAt: "2025-10-01",
    statement: "Sora 2 generates synchronized dialogue and sound effects with the video.",
    sources: [src("OFFICIAL", "https://openai.com/index/sora-2/", "Sora 2 is here", "OpenAI", "2025-09-30")],
    history: [move("2025-10-01", "VERIFIED", "Official announcement with sample clips.", [0])],
  },
  {
    key: "sora2-app", model: "sora-2", category: "INTEGRATION", confidence: "CONFIDENT", createdAt: "2025-10-01",
    statement: "Sora 2 powers OpenAI's Sora app.",
    sources: [src("OFFICIAL", "https://openai.com/index/sora-2/", "Sora 2 is here", "OpenAI", "2025-09-30")],
    history: [move("2025-10-01", "VERIFIED", "Stated in the launch post.", [0])],
  },
  {
    key: "sora2-api", model: "sora-2", category: "API", confidence: "CONFIDENT", createdAt: "2025-10-07", reviewBy: "2027-01-15",
    statement: "Sora 2 is available in the OpenAI API, billed per second of video.",
    sources: [
      src("OFFICIAL", "https://platform.openai.com/docs/guides/video-generation", "Video generation with Sora", "OpenAI", "2025-10-06"),
      { ...newsSource("sora-2-api-tiers"), addedAt: "2026-08-12" },
    ],
    history: [move("2025-10-07", "VERIFIED", "Official API guide.", [0])],
  },
  {
    key: "sora2-architecture", model: "sora-2", category: "ARCHITECTURE", confidence: "LIKELY", createdAt: "2025-10-03",
    statement: "Sora 2 is a diffusion transformer operating on spacetime patches, like the first Sora.",
    sources: [src("PRESS", "https://modelledger.example/2025/10/inside-sora-2", "Inside Sora 2: what we can infer", "The Model Ledger", "2025-10-03")],
  },
  // ── Runway Gen-4 ──
  {
    key: "gen4-consistency", model: "runway-gen-4", category: "CAPABILITY", confidence: "CONFIDENT", createdAt: "2025-04-01",
    statement: "Runway Gen-4 keeps a character consistent across shots from a single reference image.",
    sources: [
      src("OFFICIAL", "https://runwayml.com/research/introducing-runway-gen-4", "Introducing Runway Gen-4", "Runway", "2025-03-31"),
      src("INDEPENDENT", "https://videobench.example/reports/character-consistency-2025", "Character consistency test", "VideoBench (illustrative)", "2025-05-12"),
    ],
    history: [move("2025-05-13", "VERIFIED", "Independent test reproduces the official claim.", [0, 1])],
  },
  {
    key: "gen4-native-4k", model: "runway-gen-4", category: "CAPABILITY", confidence: "SPECULATIVE", createdAt: "2026-10-02",
    statement: "Runway Gen-4 renders 4K video natively.",
    sources: [
      src("PRESS", "https://syntheticmedia.example/2026/10/runway-4k", "Runway Gen-4 now renders in 4K", "Synthetic Media Daily", "2026-10-01"),
      src("OFFICIAL", "https://help.runwayml.com/hc/en-us/articles/gen-4-upscale", "Upscaling Gen-4 videos to 4K", "Runway", "2026-09-15", { addedAt: "2026-10-07" }),
      { ...newsSource("runway-4k-questioned"), addedAt: "2026-10-07" },
    ],
    history: [move("2026-10-07", "DISPUTED", "Runway's help centre describes 4K as an upscale of a lower-resolution generation.", [1, 2])],
  },
  // ── Hailuo 02 ──
  {
    key: "hailuo-params", model: "hailuo-02", category: "PARAMETERS", confidence: "SPECULATIVE", createdAt: "2025-06-20",
    statement: "Hailuo 02 has 30 billion parameters.",
    sources: [src("PRESS", "https://framerate.example/2025/06/hailuo-02-first-look", "Hailuo 02 first look", "Frame Rate", "2025-06-19")],
    history: [
      move("2025-06-23", "RETRACTED", "Entered from a misread table: the 30B figure referred to a different MiniMax model. Withdrawn.", []),
    ],
  },
  {
    key: "hailuo-api", model: "hailuo-02", category: "API", confidence: "CONFIDENT", createdAt: "2025-06-19", reviewBy: "2027-02-01",
    statement: "Hailuo 02 is available through the MiniMax API.",
    sources: [src("OFFICIAL", "https://www.minimax.io/platform/document/video_generation", "Video generation API", "MiniMax", "2025-06-18")],
    history: [move("2025-06-19", "VERIFIED", "Official API documentation.", [0])],
  },
  {
    key: "hailuo-speed", model: "hailuo-02", category: "SPEED", confidence: "LIKELY", createdAt: "2025-07-01",
    statement: "Hailuo 02 generates a six-second 768p clip in about a minute.",
    sources: [src("SOCIAL", "https://www.reddit.com/r/aivideo/comments/1lhailuo/hailuo_02_timings/", "Hailuo 02 timings thread", "r/aivideo", "2025-06-30")],
  },
  // ── Wan 2.5 ──
  {
    key: "wan25-ownership", model: "wan-2-5", category: "OWNERSHIP", confidence: "CONFIDENT", createdAt: "2025-09-25",
    statement: "Wan 2.5 is developed by Alibaba's Tongyi Lab.",
    sources: [src("OFFICIAL", "https://wan.video/blog/wan-2-5", "Wan 2.5 preview", "Tongyi Lab, Alibaba", "2025-09-24")],
    history: [move("2025-09-25", "VERIFIED", "Official announcement.", [0])],
  },
  {
    key: "wan25-is-happyhorse", model: "wan-2-5", category: "OTHER", confidence: "SPECULATIVE", createdAt: "2026-07-08",
    statement: "The anonymous arena model horse-7 is an unreleased Wan model from the same team.",
    sources: [
      src("SOCIAL", "https://x.com/videoarena_fan/status/1942551122334455668", "horse-7 = Wan 3?", "@videoarena_fan", "2026-07-08"),
      src("OFFICIAL", "https://www.alibabagroup.com/en-US/news/article-happyhorse-1-0", "Alibaba statement on HappyHorse 1.0", "Alibaba Group", "2026-08-31", { addedAt: "2026-09-10" }),
      { ...newsSource("happyhorse-not-wan"), addedAt: "2026-09-10" },
    ],
    history: [
      move("2026-09-10", "DISPUTED", "Alibaba attributes HappyHorse to its ATH AI Innovation Unit, not Tongyi Lab; shared components remain possible.", [1, 2]),
    ],
  },
  {
    key: "wan25-api", model: "wan-2-5", category: "API", confidence: "CONFIDENT", createdAt: "2025-10-15", reviewBy: "2027-01-15",
    statement: "Wan 2.5 is available in Alibaba Cloud Model Studio.",
    sources: [src("OFFICIAL", "https://www.alibabacloud.com/help/en/model-studio/wan-video", "Wan video generation", "Alibaba Cloud", "2025-10-15")],
    history: [move("2025-10-15", "VERIFIED", "Listed in Model Studio with documentation.", [0])],
  },
  // ── Pika 2.2 and Ray3 ──
  {
    key: "pika-frames", model: "pika-2-2", category: "CAPABILITY", confidence: "CONFIDENT", createdAt: "2025-02-28",
    statement: "Pika 2.2 can transition between keyframes (Pikaframes) over clips of up to 10 seconds.",
    sources: [src("OFFICIAL", "https://pika.art/blog/pika-2-2", "Pika 2.2", "Pika", "2025-02-27")],
    history: [move("2025-02-28", "VERIFIED", "Official announcement.", [0])],
  },
  {
    key: "pika-pricing", model: "pika-2-2", category: "PRICING", confidence: "LIKELY", createdAt: "2025-03-03", reviewBy: "2026-12-31",
    statement: "Pika 2.2 generations are included in Pika's paid subscription tiers.",
    sources: [src("PRESS", "https://syntheticmedia.example/2025/03/pika-2-2-plans", "Pika 2.2 lands in paid plans", "Synthetic Media Daily", "2025-03-02")],
  },
  {
    key: "ray3-hdr", model: "luma-ray-3", category: "CAPABILITY", confidence: "CONFIDENT", createdAt: "2025-09-19",
    statement: "Ray3 generates high-dynamic-range (HDR) video.",
    sources: [src("OFFICIAL", "https://lumalabs.ai/ray", "Ray3", "Luma AI", "2025-09-18")],
    history: [move("2025-09-19", "VERIFIED", "Official product page.", [0])],
  },
  {
    key: "ray3-api", model: "luma-ray-3", category: "API", confidence: "CONFIDENT", createdAt: "2025-10-02", reviewBy: "2027-02-01",
    statement: "Ray3 is available through the Luma API.",
    sources: [src("OFFICIAL", "https://docs.lumalabs.ai/docs/video-generation", "Video generation", "Luma AI", "2025-10-01")],
    history: [move("2025-10-02", "VERIFIED", "Official API documentation.", [0])],
  },
];
