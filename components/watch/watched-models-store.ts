// The signed-in reader's watched slugs, fetched once per page in the browser:
// profiles and leaderboards are cached public HTML, so whether *you* watch a
// model is never rendered on the server. Every Watch button on a page shares
// one request and one set.
import { sendJson } from "@/lib/api/client/send-json";
import { isSignedIn } from "./signed-in";

export type WatchState = { status: "loading" } | { status: "signed-out" } | { status: "ready"; slugs: ReadonlySet<string> };

let state: WatchState = { status: "loading" };
let started = false;
const listeners = new Set<() => void>();

function set(next: WatchState) {
  state = next;
  listeners.forEach((l) => l());
}

async function load() {
  try {
    if (!(await isSignedIn())) return set({ status: "signed-out" });
    const res = await fetch("/api/v1/me/watchlist", { credentials: "same-origin", headers: { accept: "application/json" } });
    if (!res.ok) {
      void res.body?.cancel(); // an unread body keeps the request open
      return set({ status: "signed-out" });
    }
    const body = (await res.json()) as { data: { model: { slug: string } }[] };
    set({ status: "ready", slugs: new Set(body.data.map((w) => w.model.slug)) });
  } catch {
    set({ status: "signed-out" });
  }
}

export function subscribeWatchState(listener: () => void): () => void {
  listeners.add(listener);
  if (!started) {
    started = true;
    void load();
  }
  return () => listeners.delete(listener);
}

export function getWatchState(): WatchState {
  return state;
}

export const SERVER_STATE: WatchState = { status: "loading" };

/** Watches or unwatches through the API; the shared set follows the server's answer. */
export async function toggleWatch(slug: string, watch: boolean): Promise<string | null> {
  const result = await sendJson(watch ? "PUT" : "DELETE", `/api/v1/me/watchlist/${encodeURIComponent(slug)}`);
  if (!result.ok && !(result.status === 404 && !watch)) return result.problem.detail ?? `HTTP ${result.status}`;
  if (state.status === "ready") {
    const slugs = new Set(state.slugs);
    if (watch) slugs.add(slug);
    else slugs.delete(slug);
    set({ status: "ready", slugs });
  }
  return null;
}
