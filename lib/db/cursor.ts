import { z } from "zod";

// Cursors are opaque to clients: base64url of a small JSON record holding the
// endpoint it belongs to and the last row's sort key. The scope makes a cursor
// from one endpoint fail loudly on another instead of silently skipping rows.

export type CursorKey = readonly (string | number)[];

interface CursorRecord {
  v: 1;
  s: string;
  k: CursorKey;
}

export function encodeCursor(scope: string, key: CursorKey): string {
  const record: CursorRecord = { v: 1, s: scope, k: key };
  return Buffer.from(JSON.stringify(record), "utf8").toString("base64url");
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** The key a cursor of this scope carries, checked against `shape`; null for anything else. */
export function decodeCursor<T extends z.ZodType>(raw: string, scope: string, shape: T): z.output<T> | null {
  if (!BASE64URL.test(raw)) return null;
  let record: unknown;
  try {
    record = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const envelope = z.object({ v: z.literal(1), s: z.literal(scope), k: z.array(z.union([z.string(), z.number()])) });
  const parsed = envelope.safeParse(record);
  if (!parsed.success) return null;
  const key = shape.safeParse(parsed.data.k);
  return key.success ? key.data : null;
}
