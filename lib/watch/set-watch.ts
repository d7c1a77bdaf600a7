import type { Actor } from "../auth/actor";
import type { Channel, Db, SignalType } from "../db";
import { runMutation } from "../db/run-mutation";
import { NotFoundError, PolicyViolationError } from "../errors";
import { resolveModelSlugs } from "../models/resolve-model-slug";
import { nextChannelsSince } from "./watch-channels";
import { toWatchDto, WATCH_SELECT, type WatchDto } from "./watchlist-dto";

export interface WatchSettings {
  signals?: SignalType[];
  channels?: Channel[];
  ratingThreshold?: number | null;
  /** Slug of the model whose interval separating from this one is a signal; null clears it. */
  rival?: string | null;
}

/**
 * Watches a model (or changes what is watched): creates the entry or updates
 * it with the fields given; omitted fields keep their value (defaults for a
 * new entry: every signal on every channel). Idempotent.
 */
export async function setWatch(db: Db, actor: Actor, slug: string, settings: WatchSettings): Promise<{ watch: WatchDto; created: boolean }> {
  const wanted = [slug, ...(settings.rival ? [settings.rival] : [])];
  const { found } = await resolveModelSlugs(wanted, db);
  const model = found.get(slug);
  if (!model) throw new NotFoundError(`No model with the slug ${slug}.`);
  let rivalModelId: string | null | undefined = settings.rival === null ? null : undefined;
  if (settings.rival) {
    const rival = found.get(settings.rival);
    if (!rival) throw new NotFoundError(`No model with the slug ${settings.rival} (field \`rival\`).`);
    if (rival.id === model.id) throw new PolicyViolationError("A model cannot be its own rival.", "rival-not-self");
    rivalModelId = rival.id;
  }
  const data = {
    signals: settings.signals ? [...new Set(settings.signals)] : undefined,
    channels: settings.channels ? [...new Set(settings.channels)] : undefined,
    ratingThreshold: settings.ratingThreshold,
    rivalModelId,
  };
  return runMutation(db, actor, async ({ tx }) => {
    const existing = await tx.watchlistEntry.findUnique({
      where: { userId_modelId: { userId: actor.userId, modelId: model.id } },
      select: { id: true, channels: true, channelsSince: true, createdAt: true },
    });
    // A channel added to a watch hears only of what happens from now on.
    const channelsSince = existing && data.channels ? nextChannelsSince(existing, data.channels, new Date()) : undefined;
    const row = existing
      ? await tx.watchlistEntry.update({ where: { id: existing.id }, data: { ...data, channelsSince }, select: WATCH_SELECT })
      : await tx.watchlistEntry.create({ data: { ...data, userId: actor.userId, modelId: model.id }, select: WATCH_SELECT });
    return { watch: toWatchDto(row), created: !existing };
  });
}
