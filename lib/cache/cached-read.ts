import { unstable_cache } from "next/cache";
import { cacheTags } from "./cache-tags";
import { listenForInvalidations } from "./listen-for-invalidations";
import { CACHE_SAFETY_SECONDS } from "./cache-safety-seconds";


// unstable_cache stores JSON: Dates are boxed on the way in and revived on
// the way out, so cached loaders keep their exact return types.
const DATE_KEY = "$mwDate";

export function encodeCached(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { [DATE_KEY]: raw.getTime() } : v;
  });
}

export function decodeCached<T>(text: string): T {
  return JSON.parse(text, (_key: string, v: unknown) =>
    typeof v === "object" && v !== null && DATE_KEY in v && typeof v[DATE_KEY] === "number" ? new Date(v[DATE_KEY]) : v,
  ) as T;
}

/**
 * A public read, cached in the server process under `key` and expired when
 * any of `tags` is invalidated (see cache-tags.ts for what each tag covers).
 * Inside a page that is cached itself (ISR), the tags also mark the page.
 * Outside a Next server (CLI, tests) it simply loads.
 */
export async function cachedRead<T>(key: readonly (string | number)[], tags: readonly string[], load: () => Promise<T>): Promise<T> {
  if (!process.env.NEXT_RUNTIME) return load();
  await listenForInvalidations();
  const read = unstable_cache(async () => encodeCached(await load()), ["mw", ...key.map(String)], {
    tags: [...tags, cacheTags.all],
    revalidate: CACHE_SAFETY_SECONDS,
  });
  return decodeCached<T>(await read());
}
