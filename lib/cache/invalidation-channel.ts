import { randomUUID } from "node:crypto";

/** The PostgreSQL NOTIFY channel that carries invalidated tags between server processes. */
export const INVALIDATION_CHANNEL = "modelwatch_cache";

// One id per process, not per bundled copy of this module: a process skips its own notices.
const state = globalThis as { __modelwatchCacheOrigin?: string };

export function processOrigin(): string {
  state.__modelwatchCacheOrigin ??= randomUUID();
  return state.__modelwatchCacheOrigin;
}

export interface InvalidationNotice {
  origin: string;
  tags: string[];
}

/** NOTIFY payloads are limited to 8000 bytes: tags go in batches well under it. */
export function toNoticePayloads(origin: string, tags: readonly string[], maxBytes = 7000): string[] {
  const payloads: string[] = [];
  // A batch's size kept as it grows (each tag: its JSON string, and a comma after the first), not re-serialised per tag.
  const empty = Buffer.byteLength(JSON.stringify({ origin, tags: [] } satisfies InvalidationNotice));
  let batch: string[] = [];
  let bytes = empty;
  for (const tag of tags) {
    const size = Buffer.byteLength(JSON.stringify(tag));
    if (batch.length > 0 && bytes + 1 + size > maxBytes) {
      payloads.push(JSON.stringify({ origin, tags: batch } satisfies InvalidationNotice));
      batch = [tag];
      bytes = empty + size;
    } else {
      bytes += (batch.length > 0 ? 1 : 0) + size;
      batch.push(tag);
    }
  }
  if (batch.length > 0) payloads.push(JSON.stringify({ origin, tags: batch } satisfies InvalidationNotice));
  return payloads;
}

export function parseNotice(payload: string | undefined): InvalidationNotice | null {
  try {
    const v: unknown = JSON.parse(payload ?? "");
    if (typeof v !== "object" || v === null || !("origin" in v) || !("tags" in v)) return null;
    const { origin, tags } = v;
    if (typeof origin !== "string" || !Array.isArray(tags)) return null;
    return { origin, tags: tags.filter((t): t is string => typeof t === "string") };
  } catch {
    return null;
  }
}
