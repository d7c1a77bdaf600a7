"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import shared from "@/components/editor/editor.module.css";
import { describeProblem, sendJson } from "@/lib/api/client/send-json";
import { Modality, RatingMethod } from "@/lib/db/enums";
import { MODALITY_LABELS } from "@/lib/models/model-labels";
import styles from "./catalog-editor.module.css";

/** Adds a leaderboard: one source's pool, e.g. text-to-video without audio. */
export function LeaderboardCreateForm() {
  const router = useRouter();
  const [form, setForm] = useState({
    name: "",
    slug: "",
    source: "",
    sourceUrl: "",
    pool: "",
    modality: "TEXT_TO_VIDEO" as Modality,
    method: "PUBLISHED" as RatingMethod,
    withAudio: false,
    minVotes: "1000",
    description: "",
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const set = <K extends keyof typeof form>(k: K, v: (typeof form)[K]) => setForm((f) => ({ ...f, [k]: v }));

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const res = await sendJson<{ data: { slug: string } }>("POST", "/api/v1/leaderboards", {
      name: form.name,
      ...(form.slug.trim() ? { slug: form.slug.trim() } : {}),
      source: form.source,
      sourceUrl: form.sourceUrl.trim() || null,
      pool: form.pool,
      modality: form.modality,
      method: form.method,
      withAudio: form.withAudio,
      minVotes: Number(form.minVotes),
      description: form.description.trim() || null,
    });
    setBusy(false);
    if (res.ok) router.push(`/editor/leaderboards/${res.data.data.slug}`);
    else setError(describeProblem(res.problem));
  }

  return (
    <form className={shared.form} onSubmit={submit}>
      <div className={styles.twoCol}>
        <div className={shared.field}>
          <label htmlFor="board-name">Name</label>
          <input id="board-name" required maxLength={120} value={form.name} onChange={(e) => set("name", e.target.value)} />
        </div>
        <div className={shared.field}>
          <label htmlFor="board-slug">Slug (optional)</label>
          <input id="board-slug" pattern="[a-z0-9]+(-[a-z0-9]+)*" value={form.slug} onChange={(e) => set("slug", e.target.value)} />
        </div>
        <div className={shared.field}>
          <label htmlFor="board-source">Published by</label>
          <input id="board-source" required maxLength={120} value={form.source} onChange={(e) => set("source", e.target.value)} />
        </div>
        <div className={shared.field}>
          <label htmlFor="board-source-url">Source URL</label>
          <input id="board-source-url" type="url" value={form.sourceUrl} onChange={(e) => set("sourceUrl", e.target.value)} />
        </div>
        <div className={shared.field}>
          <label htmlFor="board-pool">Pool</label>
          <input id="board-pool" required maxLength={80} placeholder="text-to-video" value={form.pool} onChange={(e) => set("pool", e.target.value)} />
        </div>
        <div className={shared.field}>
          <label htmlFor="board-modality">Modality</label>
          <select id="board-modality" value={form.modality} onChange={(e) => set("modality", e.target.value as Modality)}>
            {Object.values(Modality).map((m) => (
              <option key={m} value={m}>
                {MODALITY_LABELS[m]}
              </option>
            ))}
          </select>
        </div>
        <div className={shared.field}>
          <label htmlFor="board-method">Rating method</label>
          <select id="board-method" value={form.method} onChange={(e) => set("method", e.target.value as RatingMethod)}>
            {Object.values(RatingMethod).map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </div>
        <div className={shared.field}>
          <label htmlFor="board-min-votes">Minimum votes to be ranked</label>
          <input id="board-min-votes" type="number" min={0} required value={form.minVotes} onChange={(e) => set("minVotes", e.target.value)} />
        </div>
      </div>
      <label htmlFor="board-audio" className={shared.row}>
        <input id="board-audio" type="checkbox" checked={form.withAudio} onChange={(e) => set("withAudio", e.target.checked)} /> Votes judge the
        audio too (a “with audio” pool)
      </label>
      <div className={shared.field}>
        <label htmlFor="board-description">Description</label>
        <textarea id="board-description" maxLength={4000} value={form.description} onChange={(e) => set("description", e.target.value)} />
      </div>
      {error && (
        <p className={shared.error} role="alert">
          ⚠ {error}
        </p>
      )}
      <div className={shared.row}>
        <button className={shared.button} type="submit" disabled={busy}>
          {busy ? "Creating…" : "Create leaderboard"}
        </button>
      </div>
    </form>
  );
}
