"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import shared from "@/components/editor/editor.module.css";
import { sendJson } from "@/lib/api/client/send-json";
import { headersOf, SecretHeaderRows, type HeaderRow } from "./secret-header-rows";
import { splitProblem } from "./split-problem";
import styles from "./sources.module.css";

/** The adapters a form can set up; the mapped adapter needs a column mapping, which only the API takes. */
const ADAPTERS = [
  { value: "lmarena-catalog", label: "LMArena arena-catalog JSON" },
  { value: "artificial-analysis", label: "Artificial Analysis media API" },
  { value: "fastchat-csv", label: "FastChat / GenAI-Arena CSV" },
] as const;

type Field = "url" | "adapter" | "selector" | "intervalMinutes" | "headers" | "createModels";
const FIELDS: readonly Field[] = ["url", "adapter", "selector", "intervalMinutes", "headers", "createModels"];

/** Attaches a source to the board (POST /api/v1/leaderboards/{slug}/sources); it is due at once. */
export function SourceAddForm({ slug }: { slug: string }) {
  const router = useRouter();
  const [form, setForm] = useState({ url: "", adapter: "lmarena-catalog", selector: "", intervalMinutes: "360", createModels: false });
  const [headers, setHeaders] = useState<HeaderRow[]>([{ name: "", value: "" }]);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const set = <K extends keyof typeof form>(k: K, v: (typeof form)[K]) => setForm((f) => ({ ...f, [k]: v }));

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    setMessage(null);
    const named = headersOf(headers);
    const res = await sendJson<{ data: { id: string; url: string } }>("POST", `/api/v1/leaderboards/${slug}/sources`, {
      url: form.url.trim(),
      adapter: form.adapter,
      ...(form.selector.trim() ? { selector: form.selector.trim() } : {}),
      intervalMinutes: Number(form.intervalMinutes),
      ...(Object.keys(named).length ? { headers: named } : {}),
      createModels: form.createModels,
    });
    setBusy(false);
    if (!res.ok) {
      const { fields, rest } = splitProblem(res.problem, FIELDS);
      setErrors(fields);
      if (rest) setMessage({ ok: false, text: rest });
      return;
    }
    setMessage({ ok: true, text: `Added ${res.data.data.url}; the worker fetches it on its next pass.` });
    setForm((f) => ({ ...f, url: "", selector: "" }));
    setHeaders([{ name: "", value: "" }]);
    router.refresh();
  }

  const describedBy = (f: Field, hint?: string) => [hint, errors[f] ? `source-${f}-error` : undefined].filter(Boolean).join(" ") || undefined;
  const fieldError = (f: Field) =>
    errors[f] ? (
      <span id={`source-${f}-error`} className={styles.fieldError} role="alert">
        ⚠ {errors[f]}
      </span>
    ) : null;

  return (
    <form className={shared.form} onSubmit={submit} aria-label="Add source">
      <div className={shared.field}>
        <label htmlFor="source-url">Publication URL</label>
        <input
          id="source-url"
          type="url"
          required
          maxLength={2000}
          placeholder="https://example.com/leaderboard.json"
          value={form.url}
          aria-invalid={errors.url ? true : undefined}
          aria-describedby={describedBy("url")}
          onChange={(e) => set("url", e.target.value)}
        />
        {fieldError("url")}
      </div>
      <div className={styles.headerPair}>
        <div className={shared.field}>
          <label htmlFor="source-adapter">Format (adapter)</label>
          <select id="source-adapter" value={form.adapter} aria-describedby={describedBy("adapter")} onChange={(e) => set("adapter", e.target.value)}>
            {ADAPTERS.map((a) => (
              <option key={a.value} value={a.value}>
                {a.label}
              </option>
            ))}
          </select>
          {fieldError("adapter")}
        </div>
        <div className={shared.field}>
          <label htmlFor="source-selector">Selector (optional)</label>
          <input
            id="source-selector"
            maxLength={200}
            placeholder="full"
            value={form.selector}
            aria-invalid={errors.selector ? true : undefined}
            aria-describedby={describedBy("selector", "source-selector-hint")}
            onChange={(e) => set("selector", e.target.value)}
          />
          <span id="source-selector-hint" className={shared.hint}>
            The category inside the publication, e.g. LMArena&apos;s <code>full</code>.
          </span>
          {fieldError("selector")}
        </div>
        <div className={shared.field}>
          <label htmlFor="source-interval">Interval (minutes)</label>
          <input
            id="source-interval"
            type="number"
            required
            value={form.intervalMinutes}
            aria-invalid={errors.intervalMinutes ? true : undefined}
            aria-describedby={describedBy("intervalMinutes", "source-interval-hint")}
            onChange={(e) => set("intervalMinutes", e.target.value)}
          />
          <span id="source-interval-hint" className={shared.hint}>
            At least 15; 360 is every 6 h.
          </span>
          {fieldError("intervalMinutes")}
        </div>
      </div>
      <SecretHeaderRows id="source-header" rows={headers} onChange={setHeaders} error={errors.headers} />
      <div className={styles.checkField}>
        <label htmlFor="source-create-models" className={shared.row}>
          <input
            id="source-create-models"
            type="checkbox"
            checked={form.createModels}
            aria-describedby={describedBy("createModels", "source-create-models-hint")}
            onChange={(e) => set("createModels", e.target.checked)}
          />{" "}
          Create a model for every unknown name
        </label>
        <span id="source-create-models-hint" className={shared.hint}>
          For boards where every entry is a model (an LLM arena): each becomes a provisional model at once. Otherwise unknown names wait in the
          list below.
        </span>
        {fieldError("createModels")}
      </div>
      {message ? (
        <p className={message.ok ? shared.success : shared.error} role={message.ok ? "status" : "alert"}>
          {message.ok ? "" : "⚠ "}
          {message.text}
        </p>
      ) : null}
      <div className={shared.row}>
        <button className={shared.button} type="submit" disabled={busy}>
          {busy ? "Adding…" : "Add source"}
        </button>
      </div>
    </form>
  );
}
