"use client";

import { useState } from "react";
import shared from "@/components/editor/editor.module.css";
import { sendJson } from "@/lib/api/client/send-json";
import { headersOf, MAX_HEADER_ROWS, SecretHeaderRows, type HeaderRow } from "./secret-header-rows";
import { splitProblem } from "./split-problem";
import styles from "./sources.module.css";

/** What the edit form shows of a source: never a secret header's value. */
export interface EditableSource {
  id: string;
  url: string;
  selector: string | null;
  intervalMinutes: number;
  createModels: boolean;
  enabled: boolean;
  secretHeaderNames: string[];
  version: number;
}

type Field = "url" | "selector" | "intervalMinutes" | "headers" | "createModels";
const FIELDS: readonly Field[] = ["url", "selector", "intervalMinutes", "headers", "createModels"];

/**
 * Changes a source's settings from the version the page showed (If-Match):
 * only the fields that differ are sent. Secret headers are kept, replaced,
 * removed or added by name; their current values are never shown.
 */
export function SourceEditForm({ slug, source, onDone }: { slug: string; source: EditableSource; onDone: (message: string) => void }) {
  const id = `edit-${source.id}`;
  const [form, setForm] = useState({ url: source.url, selector: source.selector ?? "", intervalMinutes: String(source.intervalMinutes), createModels: source.createModels });
  const [removed, setRemoved] = useState<string[]>([]);
  const [added, setAdded] = useState<HeaderRow[]>([]);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [rest, setRest] = useState<string | null>(null);
  const set = <K extends keyof typeof form>(k: K, v: (typeof form)[K]) => setForm((f) => ({ ...f, [k]: v }));

  function changes(): Record<string, unknown> {
    const body: Record<string, unknown> = {};
    if (form.url.trim() !== source.url) body.url = form.url.trim();
    const selector = form.selector.trim() || null;
    if (selector !== source.selector) body.selector = selector;
    if (Number(form.intervalMinutes) !== source.intervalMinutes) body.intervalMinutes = Number(form.intervalMinutes);
    if (form.createModels !== source.createModels) body.createModels = form.createModels;
    const headers: Record<string, string | null> = { ...Object.fromEntries(removed.map((n) => [n, null])), ...headersOf(added) };
    if (Object.keys(headers).length) body.headers = headers;
    return body;
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setErrors({});
    setRest(null);
    const body = changes();
    if (Object.keys(body).length === 0) return setRest("Nothing changed.");
    setBusy(true);
    const res = await sendJson("PATCH", `/api/v1/leaderboards/${slug}/sources/${source.id}`, body, { ifMatch: source.version });
    setBusy(false);
    if (!res.ok) {
      const split = splitProblem(res.problem, FIELDS);
      setErrors(split.fields);
      setRest(split.rest);
      return;
    }
    onDone("Settings saved.");
  }

  const err = (f: Field) =>
    errors[f] ? (
      <span id={`${id}-${f}-error`} className={styles.fieldError} role="alert">
        ⚠ {errors[f]}
      </span>
    ) : null;
  const kept = source.secretHeaderNames.length - removed.length;

  return (
    <form className={`${shared.form} ${styles.editForm}`} onSubmit={submit} aria-label={`Edit source ${source.url}`}>
      <div className={shared.field}>
        <label htmlFor={`${id}-url`}>Publication URL</label>
        <input id={`${id}-url`} type="url" required maxLength={2000} value={form.url} aria-invalid={errors.url ? true : undefined} onChange={(e) => set("url", e.target.value)} />
        {err("url")}
      </div>
      <div className={styles.headerPair}>
        <div className={shared.field}>
          <label htmlFor={`${id}-selector`}>Selector (optional)</label>
          <input id={`${id}-selector`} maxLength={200} value={form.selector} aria-invalid={errors.selector ? true : undefined} onChange={(e) => set("selector", e.target.value)} />
          {err("selector")}
        </div>
        <div className={shared.field}>
          <label htmlFor={`${id}-interval`}>Interval (minutes)</label>
          <input id={`${id}-interval`} type="number" required value={form.intervalMinutes} aria-invalid={errors.intervalMinutes ? true : undefined} onChange={(e) => set("intervalMinutes", e.target.value)} />
          {err("intervalMinutes")}
        </div>
      </div>
      {source.secretHeaderNames.length ? (
        <fieldset className={styles.headerRows}>
          <legend className={shared.label}>Secret headers kept</legend>
          {source.secretHeaderNames.map((name) => (
            <label key={name} className={shared.row}>
              <input type="checkbox" checked={removed.includes(name)} onChange={(e) => setRemoved((r) => (e.target.checked ? [...r, name] : r.filter((n) => n !== name)))} />{" "}
              Remove <code>{name}: ••••</code>
            </label>
          ))}
          <span className={shared.hint}>To replace a value, add the header again below with the new value.</span>
        </fieldset>
      ) : null}
      {added.length ? (
        <SecretHeaderRows id={`${id}-header`} rows={added} onChange={setAdded} error={errors.headers} limit={Math.max(1, MAX_HEADER_ROWS - kept)} />
      ) : (
        <div>
          <button type="button" className={shared.buttonSecondary} onClick={() => setAdded([{ name: "", value: "" }])}>
            Add or replace a secret header
          </button>
          {err("headers")}
        </div>
      )}
      <label className={shared.row}>
        <input type="checkbox" checked={form.createModels} onChange={(e) => set("createModels", e.target.checked)} /> Create a model for every unknown name
      </label>
      {rest ? (
        <p className={shared.error} role="alert">
          ⚠ {rest}
        </p>
      ) : null}
      <div className={shared.row}>
        <button className={shared.button} type="submit" disabled={busy}>
          {busy ? "Saving…" : "Save settings"}
        </button>
      </div>
    </form>
  );
}
