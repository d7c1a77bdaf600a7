"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import shared from "@/components/editor/editor.module.css";
import { describeProblem, sendJson, type SendResult } from "@/lib/api/client/send-json";
import { SourceBackfillForm } from "./source-backfill-form";
import { SourceEditForm, type EditableSource } from "./source-edit-form";
import styles from "./sources.module.css";

interface FetchOutcome {
  data: { result: { status: string; entries: number; unmatched: number; error: string | null } };
}

const OUTCOME: Record<string, (r: FetchOutcome["data"]["result"]) => string> = {
  "new-version": (r) => `New version stored: ${r.entries} entries, ${r.unmatched} unmatched.`,
  unchanged: (r) => `Unchanged: the same publication as the last version (${r.entries} entries).`,
  "not-modified": () => "Not modified (HTTP 304): nothing new.",
  error: (r) => `Failed: ${r.error ?? "unknown error"}`,
  missing: () => "The source no longer exists.",
};

/** Fetch now, disable (with a reason) or enable, edit, backfill and remove one source, through /api/v1/leaderboards/{slug}/sources/{id}. */
export function SourceActions({ slug, source }: { slug: string; source: EditableSource }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [panel, setPanel] = useState<"none" | "disable" | "edit" | "backfill" | "remove">("none");
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const base = `/api/v1/leaderboards/${slug}/sources/${source.id}`;
  const label = source.url;

  async function run<T>(call: () => Promise<SendResult<T>>, done: (data: T) => string) {
    setBusy(true);
    setMessage(null);
    const res = await call();
    setBusy(false);
    if (!res.ok) {
      setMessage({ ok: false, text: describeProblem(res.problem) });
      // A 409 means someone else changed it: show the fresh source.
      if (res.status === 409) router.refresh();
      return;
    }
    finish(done(res.data));
  }

  function finish(text: string) {
    setMessage({ ok: true, text });
    setPanel("none");
    setReason("");
    router.refresh();
  }

  const toggle = (p: typeof panel) => setPanel((now) => (now === p ? "none" : p));

  return (
    <div className={styles.sourceActions}>
      <div className={styles.actions}>
        {source.enabled ? (
          <>
            <button type="button" className={shared.button} disabled={busy} onClick={() => run(() => sendJson<FetchOutcome>("POST", `${base}/fetch`), (d) => (OUTCOME[d.data.result.status] ?? OUTCOME.error!)(d.data.result))}>
              {busy ? "Working…" : "Fetch now"}
            </button>
            <button type="button" className={shared.buttonSecondary} disabled={busy} aria-expanded={panel === "disable"} onClick={() => toggle("disable")}>
              Disable…
            </button>
          </>
        ) : (
          <button type="button" className={shared.button} disabled={busy} onClick={() => run(() => sendJson("PATCH", base, { enabled: true }, { ifMatch: source.version }), () => "Enabled: it is fetched on the worker's next pass.")}>
            Enable
          </button>
        )}
        <button type="button" className={shared.buttonSecondary} disabled={busy} aria-expanded={panel === "edit"} onClick={() => toggle("edit")}>
          Edit settings
        </button>
        <button type="button" className={shared.buttonSecondary} disabled={busy} aria-expanded={panel === "backfill"} onClick={() => toggle("backfill")}>
          Backfill history…
        </button>
        <button type="button" className={shared.buttonSecondary} disabled={busy} aria-expanded={panel === "remove"} onClick={() => toggle("remove")}>
          Remove…
        </button>
      </div>
      {panel === "disable" ? (
        <form
          className={styles.actions}
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => sendJson("PATCH", base, { enabled: false, reason }, { ifMatch: source.version }), () => "Disabled.");
          }}
        >
          <input required maxLength={500} placeholder="Why?" value={reason} onChange={(e) => setReason(e.target.value)} aria-label={`Reason for disabling ${label}`} />
          <button type="submit" className={shared.buttonDanger} disabled={busy}>
            Disable
          </button>
        </form>
      ) : null}
      {panel === "remove" ? (
        <div className={styles.actions}>
          <span>Stop following this publication? Its kept versions go; the board keeps the snapshots they wrote.</span>
          <button type="button" className={shared.buttonDanger} disabled={busy} onClick={() => run(() => sendJson("DELETE", base), () => `Removed ${label}.`)}>
            Remove source
          </button>
        </div>
      ) : null}
      {panel === "edit" ? <SourceEditForm slug={slug} source={source} onDone={finish} /> : null}
      {panel === "backfill" ? <SourceBackfillForm slug={slug} sourceId={source.id} onDone={finish} /> : null}
      {message ? (
        <p className={`${styles.outcome} ${message.ok ? shared.success : shared.error}`} role={message.ok ? "status" : "alert"}>
          {message.ok ? "" : "⚠ "}
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
