import type { LifecycleStage, Modality } from "../generated/enums";

export interface DemoOrganization {
  slug: string;
  name: string;
  url: string;
  country: string;
}

export interface DemoLifecycleStep {
  to: LifecycleStage;
  at: string;
  note: string;
  sourceUrl?: string;
}

export interface DemoModel {
  slug: string;
  name: string;
  org: string;
  unit?: string;
  modalities: Modality[];
  firstSeenAt: string;
  announcedAt?: string;
  description: string;
  websiteUrl?: string;
  aliases: string[];
  /** In order; the model's current stage is the last step's. */
  lifecycle: DemoLifecycleStep[];
}

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  { slug: "alibaba", name: "Alibaba", url: "https://www.alibabagroup.com", country: "CN" },
  { slug: "bytedance", name: "ByteDance", url: "https://www.bytedance.com", country: "CN" },
  { slug: "kuaishou", name: "Kuaishou", url: "https://www.kuaishou.com", country: "CN" },
  { slug: "google-deepmind", name: "Google DeepMind", url: "https://deepmind.google", country: "GB" },
  { slug: "openai", name: "OpenAI", url: "https://openai.com", country: "US" },
  { slug: "runway", name: "Runway", url: "https://runwayml.com", country: "US" },
  { slug: "minimax", name: "MiniMax", url: "https://www.minimax.io", country: "CN" },
  { slug: "pika", name: "Pika", url: "https://pika.art", country: "US" },
  { slug: "luma-ai", name: "Luma AI", url: "https://lumalabs.ai", country: "US" },
];

const T2V_I2V: Modality[] = ["TEXT_TO_VIDEO", "IMAGE_TO_VIDEO"];
const ARENA = "https://artificialanalysis.ai/text-to-video/arena";

export const HAPPYHORSE_SLUG = "happyhorse-1-0";

export const DEMO_MODELS: DemoModel[] = [
  {
    slug: HAPPYHORSE_SLUG,
    name: "HappyHorse 1.0",
    org: "alibaba",
    unit: "ATH AI Innovation Unit",
    modalities: [...T2V_I2V, "AUDIO"],
    firstSeenAt: "2026-05-11",
    announcedAt: "2026-08-31",
    description:
      "Video model that rose to the top of the blind text-to-video and image-to-video arenas while still anonymous. " +
      "Alibaba has confirmed ownership; architecture, scale, speed and audio claims are not independently verified, " +
      "and there is no public API, pricing or licence yet.",
    aliases: ["HappyHorse", "Happy Horse", "HappyHorse-1.0", "HappyHorse 1.0", "horse-7", "ハッピーホース"],
    lifecycle: [
      {
        to: "ARENA_ONLY",
        at: "2026-05-11",
        note: "Appeared anonymously as \"horse-7\" in the Artificial Analysis video arena; no owner, paper or product page.",
        sourceUrl: ARENA,
      },
      {
        to: "ANNOUNCED",
        at: "2026-08-31",
        note: "Alibaba confirmed the model as HappyHorse 1.0 from its ATH AI Innovation Unit. No release date, API or pricing announced.",
        sourceUrl: "https://www.alibabagroup.com/en-US/news/article-happyhorse-1-0",
      },
    ],
  },
  {
    slug: "seedance-2-0",
    name: "Seedance 2.0",
    org: "bytedance",
    unit: "ByteDance Seed",
    modalities: [...T2V_I2V, "AUDIO"],
    firstSeenAt: "2026-03-18",
    announcedAt: "2026-03-18",
    description: "ByteDance's second-generation video model, available through ByteDance's cloud platforms.",
    websiteUrl: "https://seed.bytedance.com/en/seedance",
    aliases: ["Seedance 2.0", "Seedance 2", "Seedance-2.0"],
    lifecycle: [
      { to: "ANNOUNCED", at: "2026-03-18", note: "Announced by ByteDance Seed.", sourceUrl: "https://seed.bytedance.com/en/seedance" },
      { to: "API_AVAILABLE", at: "2026-06-02", note: "API opened on BytePlus ModelArk.", sourceUrl: "https://docs.byteplus.com/en/docs/ModelArk/seedance-2-0" },
    ],
  },
  {
    slug: "kling-3-0",
    name: "Kling 3.0",
    org: "kuaishou",
    modalities: [...T2V_I2V, "AUDIO"],
    firstSeenAt: "2026-05-26",
    announcedAt: "2026-05-26",
    description: "Kuaishou's third-generation Kling model, with native audio.",
    websiteUrl: "https://klingai.com",
    aliases: ["Kling 3.0", "Kling 3", "Kling-3.0", "KLING 3.0", "可灵 3.0"],
    lifecycle: [
      { to: "RELEASED", at: "2026-05-26", note: "Released in the Kling app for subscribers.", sourceUrl: "https://klingai.com/release-notes/kling-3-0" },
      { to: "API_AVAILABLE", at: "2026-06-16", note: "Added to the Kling developer platform.", sourceUrl: "https://app.klingai.com/global/dev/document-api" },
    ],
  },
  {
    slug: "kling-2-5-turbo",
    name: "Kling 2.5 Turbo",
    org: "kuaishou",
    modalities: T2V_I2V,
    firstSeenAt: "2025-09-23",
    announcedAt: "2025-09-23",
    description: "Faster, cheaper Kling 2.x variant.",
    websiteUrl: "https://klingai.com",
    aliases: ["Kling 2.5 Turbo", "Kling 2.5", "Kling-2.5-Turbo", "可灵 2.5 Turbo", "可灵 2.5"],
    lifecycle: [{ to: "API_AVAILABLE", at: "2025-09-23", note: "Launched in the app and API on the same day." }],
  },
  {
    slug: "kling-2-1-master",
    name: "Kling 2.1 Master",
    org: "kuaishou",
    modalities: T2V_I2V,
    firstSeenAt: "2025-05-29",
    announcedAt: "2025-05-29",
    description: "The high-quality tier of Kling 2.1.",
    websiteUrl: "https://klingai.com",
    aliases: ["Kling 2.1 Master", "Kling 2.1", "Kling-2.1-Master", "可灵 2.1 大师版", "可灵 2.1"],
    lifecycle: [{ to: "API_AVAILABLE", at: "2025-05-29", note: "Available in the app and API." }],
  },
  {
    slug: "veo-3",
    name: "Veo 3",
    org: "google-deepmind",
    modalities: [...T2V_I2V, "AUDIO"],
    firstSeenAt: "2025-05-20",
    announcedAt: "2025-05-20",
    description: "Google DeepMind's video model with native audio.",
    websiteUrl: "https://deepmind.google/models/veo/",
    aliases: ["Veo 3", "Veo3", "Veo-3", "Google Veo 3"],
    lifecycle: [
      { to: "RELEASED", at: "2025-05-20", note: "Announced and released to subscribers.", sourceUrl: "https://deepmind.google/models/veo/" },
      { to: "API_AVAILABLE", at: "2025-07-17", note: "Generally available in the Gemini API and Vertex AI." },
    ],
  },
  {
    slug: "sora-2",
    name: "Sora 2",
    org: "openai",
    modalities: [...T2V_I2V, "AUDIO"],
    firstSeenAt: "2025-09-30",
    announcedAt: "2025-09-30",
    description: "OpenAI's second video model, with synchronized audio, behind the Sora app.",
    websiteUrl: "https://openai.com/index/sora-2/",
    aliases: ["Sora 2", "Sora-2", "Sora2"],
    lifecycle: [
      { to: "RELEASED", at: "2025-09-30", note: "Released in the Sora app.", sourceUrl: "https://openai.com/index/sora-2/" },
      { to: "API_AVAILABLE", at: "2025-10-06", note: "Added to the OpenAI API." },
    ],
  },
  {
    slug: "runway-gen-4",
    name: "Runway Gen-4",
    org: "runway",
    modalities: T2V_I2V,
    firstSeenAt: "2025-03-31",
    announcedAt: "2025-03-31",
    description: "Runway's fourth-generation model, focused on consistent characters and scenes.",
    websiteUrl: "https://runwayml.com/research/introducing-runway-gen-4",
    aliases: ["Runway Gen-4", "Gen-4", "Gen 4", "Runway Gen 4"],
    lifecycle: [{ to: "API_AVAILABLE", at: "2025-04-07", note: "Available in the app and the Runway API." }],
  },
  {
    slug: "hailuo-02",
    name: "Hailuo 02",
    org: "minimax",
    modalities: T2V_I2V,
    firstSeenAt: "2025-06-18",
    announcedAt: "2025-06-18",
    description: "MiniMax's second-generation Hailuo video model.",
    websiteUrl: "https://hailuoai.video",
    aliases: ["Hailuo 02", "Hailuo-02", "MiniMax Hailuo 02", "Hailuo 2", "海螺 02", "海螺"],
    lifecycle: [{ to: "API_AVAILABLE", at: "2025-06-18", note: "Released with API access." }],
  },
  {
    slug: "wan-2-5",
    name: "Wan 2.5",
    org: "alibaba",
    unit: "Tongyi Lab",
    modalities: [...T2V_I2V, "AUDIO"],
    firstSeenAt: "2025-09-24",
    announcedAt: "2025-09-24",
    description: "Alibaba's Wan family model from Tongyi Lab, with audio generation; unrelated team to HappyHorse.",
    websiteUrl: "https://wan.video",
    aliases: ["Wan 2.5", "Wan2.5", "Wan-2.5", "Tongyi Wanxiang 2.5", "通义万相 2.5", "万相 2.5"],
    lifecycle: [
      { to: "ANNOUNCED", at: "2025-09-24", note: "Announced as a preview." },
      { to: "API_AVAILABLE", at: "2025-10-15", note: "Available in Alibaba Cloud Model Studio." },
    ],
  },
  {
    slug: "pika-2-2",
    name: "Pika 2.2",
    org: "pika",
    modalities: T2V_I2V,
    firstSeenAt: "2025-02-27",
    announcedAt: "2025-02-27",
    description: "Pika's model with keyframe transitions (Pikaframes).",
    websiteUrl: "https://pika.art",
    aliases: ["Pika 2.2", "Pika-2.2", "Pika"],
    lifecycle: [{ to: "RELEASED", at: "2025-02-27", note: "Released in the Pika app." }],
  },
  {
    slug: "luma-ray-3",
    name: "Ray3",
    org: "luma-ai",
    modalities: T2V_I2V,
    firstSeenAt: "2025-09-18",
    announcedAt: "2025-09-18",
    description: "Luma AI's video model with HDR output.",
    websiteUrl: "https://lumalabs.ai/ray",
    aliases: ["Ray3", "Ray 3", "Luma Ray3", "Luma Ray 3"],
    lifecycle: [
      { to: "RELEASED", at: "2025-09-18", note: "Released in Dream Machine." },
      { to: "API_AVAILABLE", at: "2025-10-01", note: "Available through the Luma API." },
    ],
  },
];

