import path from "node:path";
import type { Tx } from "..";
import { backfillSourceInTx } from "../../sources/backfill-source";
import { readBackfillDir } from "../../sources/read-backfill-dir";

/** Real published data beside the illustrative boards: LMArena's text-to-image arena, every version. */
export const LMARENA_IMAGE_BOARD = {
  slug: "lmarena-text-to-image",
  name: "LMArena text-to-image",
  source: "LMArena",
  sourceUrl: "https://lmarena.ai/leaderboard/text-to-image",
  pool: "text-to-image",
  modality: "TEXT_TO_IMAGE",
  // LMArena publishes no vote counts: nobody is provisional for want of votes.
  minVotes: 0,
  position: 3,
  isDemo: false,
  description:
    "Real published data: LMArena's text-to-image arena as published in its public repository lmarena/arena-catalog (data/leaderboard-image.json), every version from 2025-03-14 to 2025-12-11, ratings and 95% intervals unchanged. Credit: LMArena.",
} as const;

export const LMARENA_IMAGE_FILE_URL = "https://raw.githubusercontent.com/lmarena/arena-catalog/main/data/leaderboard-image.json";
const SEED_DIR = path.join(process.cwd(), "prisma/seed-data/lmarena-image");

/**
 * The board, a disabled source on LMArena's public file (enable it on a
 * machine with internet access and it keeps itself current), the nano-banana
 * codename mapped to the model it turned out to be, and the seven versions
 * backfilled through the real path, in the seed's transaction.
 */
export async function seedLmarenaImageBoard(tx: Tx): Promise<{ versions: number }> {
  const board = await tx.leaderboard.create({ data: LMARENA_IMAGE_BOARD, select: { id: true } });
  const source = await tx.leaderboardSource.create({
    data: {
      leaderboardId: board.id,
      url: LMARENA_IMAGE_FILE_URL,
      adapter: "lmarena-catalog",
      selector: "full",
      createModels: true,
      enabled: false,
      disabledReason: "Demo: no internet here. Enable it on a machine with internet access and it keeps the board current.",
    },
    select: { id: true },
  });
  const google = await tx.organization.findUnique({ where: { slug: "google-deepmind" }, select: { id: true } });
  const gemini = await tx.model.create({
    data: {
      slug: "gemini-2-5-flash-image",
      name: "Gemini 2.5 Flash Image",
      organizationId: google?.id ?? null,
      modalities: ["TEXT_TO_IMAGE"],
      lifecycleStage: "API_AVAILABLE",
      description: "Google's image model, which topped LMArena's text-to-image arena under the codename nano-banana before its release.",
      aliases: { create: [{ alias: "nano-banana", normalized: "nano-banana" }] },
    },
    select: { id: true },
  });
  // The arena listed it under its bare codename too: that name is remembered as the same model.
  const seen = new Date("2025-11-05T12:00:00Z");
  await tx.sourceName.create({
    data: { sourceId: source.id, sourceKey: "nano-banana-public", displayName: "nano-banana-public", modelId: gemini.id, firstSeenAt: seen, lastSeenAt: seen },
  });
  const results = await backfillSourceInTx(tx, source.id, readBackfillDir(SEED_DIR));
  return { versions: results.filter((r) => r.status === "stored").length };
}
