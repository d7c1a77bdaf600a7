"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { describeProblem, sendJson } from "@/lib/api/client/send-json";
import type { Channel } from "@/lib/db/enums";
import type { BoardWatchDto } from "@/lib/watch/board-watch-dto";
import { BOARD_SIGNAL_LABELS, BOARD_SIGNALS, CHANNELS, type BoardSignal } from "@/lib/watch/watch-signal-labels";
import ui from "@/components/editor/editor.module.css";
import { ChannelCheckboxes, WatchFormActions } from "./watch-form-parts";
import styles from "./watchlist.module.css";

/** One watched board: which of its top-of-board signals, on which channels. */
export function BoardWatchForm({ watch }: { watch: BoardWatchDto }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const slug = watch.leaderboard.slug;
  const path = `/api/v1/me/board-watches/${encodeURIComponent(slug)}`;
  const allSignals = watch.signals.length === 0;

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const signals = form.getAll("signal") as BoardSignal[];
    const channels = form.getAll("channel") as Channel[];
    setBusy(true);
    // Everything ticked is stored as "everything", so signals added later are included too.
    const res = await sendJson("PUT", path, { signals: signals.length === BOARD_SIGNALS.length ? [] : signals, channels: channels.length === CHANNELS.length ? [] : channels });
    setBusy(false);
    setMessage(res.ok ? { ok: true, text: "Saved." } : { ok: false, text: describeProblem(res.problem) });
    if (res.ok) router.refresh();
  }

  async function unwatch() {
    setBusy(true);
    const res = await sendJson("DELETE", path);
    setBusy(false);
    if (res.ok) router.refresh();
    else setMessage({ ok: false, text: describeProblem(res.problem) });
  }

  return (
    <form className={`${ui.panel} ${styles.entry}`} onSubmit={submit} data-testid="board-watch-entry" data-board={slug}>
      <h3 className={styles.entryTitle}>
        <Link href={`/leaderboards/${slug}`}>{watch.leaderboard.name}</Link>
      </h3>
      <fieldset className={styles.group}>
        <legend>Signals</legend>
        {BOARD_SIGNALS.map((s) => (
          <label key={s} className={styles.check}>
            <input type="checkbox" name="signal" value={s} defaultChecked={allSignals || watch.signals.includes(s)} />
            {BOARD_SIGNAL_LABELS[s]}
          </label>
        ))}
      </fieldset>
      <ChannelCheckboxes channels={watch.channels} />
      <WatchFormActions busy={busy} message={message} onUnwatch={() => void unwatch()} />
    </form>
  );
}
