"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import shared from "@/components/editor/editor.module.css";
import { describeProblem, sendJson } from "@/lib/api/client/send-json";
import type { MergeChoice } from "./model-merge-panel";
import styles from "./catalog-editor.module.css";

const FIELDS = [
  { key: "rating", label: "Rating", step: "any" },
  { key: "ciLow", label: "95% interval, low", step: "any" },
  { key: "ciHigh", label: "95% interval, high", step: "any" },
  { key: "votes", label: "Votes", step: "1" },
] as const;

type NumberKey = (typeof FIELDS)[number]["key"];

/** Enters one snapshot by hand: the same import endpoint with one row, so the same checks apply. */
export function SnapshotEntryForm({ slug, models }: { slug: string; models: MergeChoice[] }) {
  const router = useRouter();
  const [model, setModel] = useState("");
  const [capturedAt, setCapturedAt] = useState(() => new Date().toISOString().slice(0, 10));
  const [values, setValues] = useState<Record<NumberKey, string>>({ rating: "", ciLow: "", ciHigh: "", votes: "" });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setMessage(null);
    const row: Record<string, string | number> = { model, capturedAt };
    for (const f of FIELDS) if (values[f.key].trim()) row[f.key] = Number(values[f.key]);
    const res = await sendJson("POST", `/api/v1/leaderboards/${slug}/snapshots`, { rows: [row] });
    setBusy(false);
    if (res.ok) {
      setMessage({ ok: true, text: "Snapshot saved; ranks at that time were recomputed." });
      setValues({ rating: "", ciLow: "", ciHigh: "", votes: "" });
      router.refresh();
    } else {
      // One row: name the field, not "rows[1]".
      const errors = res.problem.errors?.map((x) => ({ ...x, name: x.name.replace(/^rows\[1\]\.?/, "") || "row" }));
      setMessage({ ok: false, text: describeProblem({ ...res.problem, detail: "Not saved.", errors }) });
    }
  }

  return (
    <form className={shared.form} onSubmit={submit}>
      <div className={styles.twoCol}>
        <div className={shared.field}>
          <label htmlFor="entry-model">Model</label>
          <select id="entry-model" required value={model} onChange={(e) => setModel(e.target.value)}>
            <option value="">Choose a model…</option>
            {models.map((m) => (
              <option key={m.slug} value={m.slug}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
        <div className={shared.field}>
          <label htmlFor="entry-date">Captured on</label>
          <input id="entry-date" type="date" required value={capturedAt} onChange={(e) => setCapturedAt(e.target.value)} />
        </div>
        {FIELDS.map((f) => (
          <div className={shared.field} key={f.key}>
            <label htmlFor={`entry-${f.key}`}>{f.label}</label>
            <input
              id={`entry-${f.key}`}
              type="number"
              step={f.step}
              required={f.key === "rating"}
              value={values[f.key]}
              onChange={(e) => setValues((v) => ({ ...v, [f.key]: e.target.value }))}
            />
          </div>
        ))}
      </div>
      {message && (
        <p className={message.ok ? shared.success : shared.error} role={message.ok ? "status" : "alert"}>
          {message.ok ? "✓" : "⚠"} {message.text}
        </p>
      )}
      <div className={shared.row}>
        <button className={shared.button} type="submit" disabled={busy}>
          {busy ? "Saving…" : "Save snapshot"}
        </button>
      </div>
    </form>
  );
}
