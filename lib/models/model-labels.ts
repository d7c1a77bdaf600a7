import type { LifecycleStage, Modality } from "@/lib/db";

export const MODALITY_LABELS: Record<Modality, string> = {
  TEXT_TO_VIDEO: "Text → video",
  IMAGE_TO_VIDEO: "Image → video",
  VIDEO_TO_VIDEO: "Video → video",
  TEXT_TO_IMAGE: "Text → image",
  TEXT: "Text",
  AUDIO: "Audio",
};

const VIDEO: readonly Modality[] = ["TEXT_TO_VIDEO", "IMAGE_TO_VIDEO", "VIDEO_TO_VIDEO"];

/** "with audio" / "no audio" for a video board; null for a board whose outputs have no sound track to speak of (images, text). */
export function audioLabel(board: { modality: Modality; withAudio: boolean }, forms: { with: string; without: string } = { with: "with audio", without: "no audio" }): string | null {
  if (!VIDEO.includes(board.modality)) return null;
  return board.withAudio ? forms.with : forms.without;
}

export const LIFECYCLE_LABELS: Record<LifecycleStage, string> = {
  ARENA_ONLY: "Arena only",
  ANNOUNCED: "Announced",
  RELEASED: "Released",
  API_AVAILABLE: "API available",
  PAUSED: "Paused",
  DISCONTINUED: "Discontinued",
};

/** What each stage means for a reader deciding whether they can use the model. */
export const LIFECYCLE_DESCRIPTIONS: Record<LifecycleStage, string> = {
  ARENA_ONLY: "Seen only in blind arenas; not publicly released",
  ANNOUNCED: "Publicly acknowledged by its maker; not generally available",
  RELEASED: "Available to use in the maker's products",
  API_AVAILABLE: "Available through a public API",
  PAUSED: "Access paused by its maker",
  DISCONTINUED: "No longer offered",
};
