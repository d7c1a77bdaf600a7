"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { describeProblem, sendJson } from "@/lib/api/client/send-json";
import type { Channel, SignalType } from "@/lib/db/enums";
import { CHANNELS, SIGNAL_LABELS, WATCHABLE_SIGNALS } from "@/lib/watch/watch-signal-labels";
import type { WatchDto } from "@/lib/watch/watchlist-dto";
import ui from "@/components/editor/editor.module.css";
import { ChannelCheckboxes, WatchFormActions } from "./watch-form-parts";
import styles from "./watchlist.module.css";

/** One watched model: which signals, on which channels, the raw Elo threshold and a rival. */
export function WatchEntryForm({ watch }: { watch: WatchDto }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const slug = watch.model.slug;
  const allSignals = watch.signals.length === 0;

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const signals = form.getAll("signal") as SignalType[];
    const channels = form.getAll("channel") as Channel[];
    const threshold = String(form.get("threshold") ?? "").trim();
    const rival = String(form.get("rival") ?? "").trim();
    setBusy(true);
    const res = await sendJson("PUT", `/api/v1/me/watchlist/${encodeURIComponent(slug)}`, {
      // Everything ticked is stored as "everything", so signals added later are included too.
      signals: signals.length === WATCHABLE_SIGNALS.length ? [] : signals,
      channels: channels.length === CHANNELS.length ? [] : channels,
      ratingThreshold: threshold ? Number(threshold) : null,
      rival: rival || null,
    });
    setBusy(false);
    setMessage(res.ok ? { ok: true, text: "Saved." } : { ok: false, text: describeProblem(res.problem) });
    if (res.ok) router.refresh();
  }

  async function unwatch() {
    setBusy(true);
    const res = await sendJson("DELETE", `/api/v1/me/watchlist/${encodeURIComponent(slug)}`);
    setBusy(false);
    if (res.ok) router.refresh();
    else setMessage({ ok: false, text: describeProblem(res.problem) });
  }

  return (
    <form className={`${ui.panel} ${styles.entry}`} onSubmit={submit} data-testid="watch-entry" data-model={slug}>
      <h3 className={styles.entryTitle}>
        <Link href={`/models/${slug}`}>{watch.model.name}</Link>
      </h3>
      <fieldset className={styles.group}>
        <legend>Signals</legend>
        {WATCHABLE_SIGNALS.map((s) => (
          <label key={s} className={styles.check}>
            <input type="checkbox" name="signal" value={s} defaultChecked={allSignals || watch.signals.includes(s)} />
            {SIGNAL_LABELS[s]}
          </label>
        ))}
      </fieldset>
      <ChannelCheckboxes channels={watch.channels} />
      <div className={styles.fields}>
        <div className={ui.field}>
          <label htmlFor={`threshold-${slug}`}>Raw Elo threshold</label>
          <input id={`threshold-${slug}`} name="threshold" type="number" min="1" max="1000" step="1" defaultValue={watch.ratingThreshold ?? ""} />
          <span className={ui.hint}>Empty: only moves beyond the 95% interval alert.</span>
        </div>
        <div className={ui.field}>
          <label htmlFor={`rival-${slug}`}>Rival (model slug)</label>
          <input id={`rival-${slug}`} name="rival" defaultValue={watch.rival?.slug ?? ""} maxLength={200} />
          <span className={ui.hint}>Alert when the two intervals stop overlapping.</span>
        </div>
      </div>
      <WatchFormActions busy={busy} message={message} onUnwatch={() => void unwatch()} />
    </form>
  );
}
