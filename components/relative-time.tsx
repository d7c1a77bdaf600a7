"use client";

import { useSyncExternalStore } from "react";
import { formatDate } from "./format";

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];
const rtf = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

/** "3 hours ago", "yesterday", "just now". */
export function describeAgo(at: Date, now: Date): string {
  const diff = at.getTime() - now.getTime();
  if (Math.abs(diff) < 60_000) return "just now";
  for (const [unit, ms] of UNITS) if (Math.abs(diff) >= ms) return rtf.format(Math.round(diff / ms), unit);
  return "just now";
}

function everyMinute(onTick: () => void): () => void {
  const timer = setInterval(onTick, 60_000);
  return () => clearInterval(timer);
}
// The clock to the minute: stable between ticks, as useSyncExternalStore needs.
const currentMinute = () => Math.floor(Date.now() / 60_000);
// On the server (and while hydrating) there is no "now" to count from.
const serverMinute = () => null;

/**
 * A time as "N hours ago", counted in the reader's browser and kept current:
 * the page around it may be cached for hours, so the server renders the date
 * ("on 7 Dec 2026") and the browser replaces it once it runs.
 */
export function RelativeTime({ iso }: { iso: string }) {
  const minute = useSyncExternalStore(everyMinute, currentMinute, serverMinute);
  const now = minute === null ? null : new Date(minute * 60_000);
  const at = new Date(iso);
  return (
    <time dateTime={iso} title={`${iso.replace("T", " ").slice(0, 16)} UTC`}>
      {now ? describeAgo(at, now) : `on ${formatDate(at)}`}
    </time>
  );
}
