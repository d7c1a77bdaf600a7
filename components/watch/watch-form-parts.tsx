// The parts a model's and a board's watch forms share on the watch-list page.
import type { Channel } from "@/lib/db/enums";
import { CHANNEL_LABELS, CHANNELS } from "@/lib/watch/watch-signal-labels";
import ui from "@/components/editor/editor.module.css";
import styles from "./watchlist.module.css";

/** Channel checkboxes; a watch with no channels stored means every channel, so all are ticked. */
export function ChannelCheckboxes({ channels }: { channels: readonly Channel[] }) {
  return (
    <fieldset className={styles.group}>
      <legend>Channels</legend>
      {CHANNELS.map((c) => (
        <label key={c} className={styles.check}>
          <input type="checkbox" name="channel" value={c} defaultChecked={channels.length === 0 || channels.includes(c)} />
          {CHANNEL_LABELS[c]}
        </label>
      ))}
    </fieldset>
  );
}

/** The outcome of the last save, then Save and Stop watching. */
export function WatchFormActions({ busy, message, onUnwatch }: { busy: boolean; message: { ok: boolean; text: string } | null; onUnwatch: () => void }) {
  return (
    <>
      {message ? (
        <p className={message.ok ? ui.success : ui.error} role="status">
          {message.text}
        </p>
      ) : null}
      <div className={ui.row}>
        <button type="submit" className={ui.button} disabled={busy}>
          Save
        </button>
        <button type="button" className={ui.buttonSecondary} disabled={busy} onClick={onUnwatch}>
          Stop watching
        </button>
      </div>
    </>
  );
}
