// When a watch's channels began. A watcher is told of what happens from the
// moment they ask, never of the past: a signal recorded before the watch (or
// before one of its channels was added) but not yet fanned out reaches nobody
// through it. Pure, so fan-out and set-watch share one rule.
import type { Channel } from "../db/enums";
import { ALL_CHANNELS } from "./wants-signal";

/** Channel → ISO time it was added to the watch; a channel not listed began with the watch. */
export type ChannelsSince = Partial<Record<Channel, string>>;

export interface WatchChannels {
  /** Empty: every channel. */
  channels: readonly Channel[];
  channelsSince: unknown;
  createdAt: Date;
}

const effective = (channels: readonly Channel[]): readonly Channel[] => (channels.length ? channels : ALL_CHANNELS);

function sinceMap(value: unknown): ChannelsSince {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  const out: ChannelsSince = {};
  for (const c of ALL_CHANNELS) {
    const v = (value as Record<string, unknown>)[c];
    if (typeof v === "string") out[c] = v;
  }
  return out;
}

/** The channels of a watch that existed when a signal occurred (a signal at the very moment counts). */
export function channelsAt(watch: WatchChannels, occurredAt: Date): Channel[] {
  if (occurredAt < watch.createdAt) return [];
  const since = sinceMap(watch.channelsSince);
  return effective(watch.channels).filter((c) => {
    const began = since[c];
    return began === undefined || occurredAt >= new Date(began);
  });
}

/**
 * The start times after a change of channels: a channel the watch already had
 * keeps its time, a new one begins now, a dropped one is forgotten (added back
 * later, it begins again then).
 */
export function nextChannelsSince(before: WatchChannels, channels: readonly Channel[], now: Date): ChannelsSince {
  const old = new Set(effective(before.channels));
  const since = sinceMap(before.channelsSince);
  const next: ChannelsSince = {};
  for (const c of effective(channels)) {
    if (!old.has(c)) next[c] = now.toISOString();
    else if (since[c] !== undefined) next[c] = since[c];
  }
  return next;
}
