import type { Modality } from "../generated/enums";
import type { BoardCurves, CurveSpec } from "./demo-ratings";
import { DEMO_TIMELINE } from "./demo-timeline";
import { HAPPYHORSE_SLUG } from "./demo-models";

export interface DemoLeaderboard {
  slug: string;
  name: string;
  pool: string;
  withAudio: boolean;
  modality: Modality;
  minVotes: number;
  position: number;
  description: string;
}

export const DEMO_LEADERBOARD_SOURCE = "Artificial Analysis Video Arena (illustrative)";
export const DEMO_LEADERBOARD_URL = "https://artificialanalysis.ai/text-to-video/arena";

const ILLUSTRATIVE =
  "Illustrative demo data: the ratings, intervals and vote counts are generated for this demo and are not the arena's published figures.";

export const DEMO_LEADERBOARDS: DemoLeaderboard[] = [
  {
    slug: "text-to-video",
    name: "Text to video (no audio)",
    pool: "text-to-video",
    withAudio: false,
    modality: "TEXT_TO_VIDEO",
    minVotes: 1500,
    position: 0,
    description: `Blind pairwise votes on silent clips generated from the same prompt. ${ILLUSTRATIVE}`,
  },
  {
    slug: "text-to-video-audio",
    name: "Text to video (with audio)",
    pool: "text-to-video-audio",
    withAudio: true,
    modality: "TEXT_TO_VIDEO",
    minVotes: 1000,
    position: 1,
    description: `Blind pairwise votes where the generated audio counts. Re-anchored in September. ${ILLUSTRATIVE}`,
  },
  {
    slug: "image-to-video",
    name: "Image to video",
    pool: "image-to-video",
    withAudio: false,
    modality: "IMAGE_TO_VIDEO",
    minVotes: 1500,
    position: 2,
    description: `Blind pairwise votes on clips animated from the same still image. ${ILLUSTRATIVE}`,
  },
];

const HH = {
  model: HAPPYHORSE_SLUG,
  label: "HappyHorse 1.0",
  anonymousLabel: "Anonymous model (horse-7)",
  anonymousUntilWeek: DEMO_TIMELINE.confirmationWeek,
};

/** Established entries: many votes from the start, gentle drift. */
const steady = (model: string, label: string, from: number, to: number, votes0: number, perWeek: number): CurveSpec => ({
  model,
  label,
  from,
  to,
  votes0,
  votesPerWeek: perWeek,
});

/**
 * The story in numbers: HappyHorse enters anonymously with a few hundred votes,
 * climbs to a clear first place on the silent board, leads image-to-video, and
 * ends statistically tied at the top where audio counts.
 */
export const DEMO_BOARD_CURVES: BoardCurves[] = [
  {
    board: "text-to-video",
    anchor: "mean=1000",
    k: 900,
    minVotes: 1500,
    curves: [
      { ...HH, startWeek: 2, from: 1110, to: 1282, settleWeek: 11, votes0: 180, votesPerWeek: 880 },
      steady("seedance-2-0", "Seedance 2.0", 1236, 1240, 9400, 420),
      { model: "kling-3-0", label: "Kling 3.0", startWeek: 4, from: 1160, to: 1226, settleWeek: 13, votes0: 240, votesPerWeek: 610 },
      steady("veo-3", "Veo 3", 1230, 1214, 14800, 380),
      steady("kling-2-5-turbo", "Kling 2.5 Turbo", 1202, 1194, 11200, 360),
      steady("sora-2", "Sora 2", 1196, 1190, 10600, 350),
      steady("hailuo-02", "Hailuo 02", 1186, 1170, 12900, 300),
      steady("wan-2-5", "Wan 2.5", 1168, 1180, 8700, 330),
      steady("kling-2-1-master", "Kling 2.1 Master", 1176, 1160, 15300, 240),
      steady("runway-gen-4", "Runway Gen-4", 1150, 1140, 13800, 250),
      steady("luma-ray-3", "Ray3", 1130, 1136, 7600, 280),
      steady("pika-2-2", "Pika 2.2", 1102, 1094, 9900, 200),
    ],
  },
  {
    board: "text-to-video-audio",
    anchor: "mean=1000",
    k: 900,
    minVotes: 1000,
    // The source re-fitted its scale on the full historical pool (retired entries
    // included): every current rating moved up by about 30 points at once.
    reanchor: { week: DEMO_TIMELINE.audioReanchorWeek, anchor: "mean=1000 (re-anchored)", shift: 30 },
    curves: [
      { ...HH, startWeek: 3, from: 1120, to: 1236, settleWeek: 14, votes0: 120, votesPerWeek: 330 },
      steady("veo-3", "Veo 3", 1240, 1233, 3400, 190),
      steady("sora-2", "Sora 2", 1226, 1228, 2900, 180),
      steady("seedance-2-0", "Seedance 2.0", 1208, 1214, 2600, 170),
      { model: "kling-3-0", label: "Kling 3.0", startWeek: 4, from: 1170, to: 1200, settleWeek: 14, votes0: 150, votesPerWeek: 260 },
      steady("wan-2-5", "Wan 2.5", 1160, 1176, 2100, 150),
    ],
  },
  {
    board: "image-to-video",
    anchor: "mean=1000",
    k: 900,
    minVotes: 1500,
    curves: [
      { ...HH, startWeek: 2, from: 1120, to: 1268, settleWeek: 12, votes0: 150, votesPerWeek: 640 },
      steady("seedance-2-0", "Seedance 2.0", 1244, 1250, 8800, 360),
      steady("kling-2-5-turbo", "Kling 2.5 Turbo", 1228, 1222, 10400, 320),
      { model: "kling-3-0", label: "Kling 3.0", startWeek: 4, from: 1170, to: 1236, settleWeek: 13, votes0: 200, votesPerWeek: 520 },
      steady("veo-3", "Veo 3", 1222, 1214, 12100, 300),
      steady("hailuo-02", "Hailuo 02", 1216, 1206, 11800, 280),
      steady("kling-2-1-master", "Kling 2.1 Master", 1206, 1196, 14200, 220),
      steady("wan-2-5", "Wan 2.5", 1186, 1194, 7900, 290),
      steady("runway-gen-4", "Runway Gen-4", 1186, 1178, 12600, 230),
      steady("sora-2", "Sora 2", 1170, 1168, 8300, 260),
      steady("luma-ray-3", "Ray3", 1150, 1154, 6900, 240),
      steady("pika-2-2", "Pika 2.2", 1120, 1112, 9100, 180),
    ],
  },
];
