"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import shared from "@/components/editor/editor.module.css";
import { describeProblem, sendJson } from "@/lib/api/client/send-json";
import type { ModelRecord } from "@/lib/api/v1/schemas/catalog-write-schemas";
import type { Modality } from "@/lib/db/enums";
import { ModalityChecks } from "./modality-checks";
import styles from "./catalog-editor.module.css";

interface Draft {
  name: string;
  organization: string;
  unit: string;
  modalities: Modality[];
  description: string;
  websiteUrl: string;
  links: string;
  firstSeenAt: string;
  announcedAt: string;
}

const FIELD_LABELS: Record<keyof Draft, string> = {
  name: "Name",
  organization: "Organization",
  unit: "Unit",
  modalities: "Modalities",
  description: "Description",
  websiteUrl: "Website",
  links: "Links",
  firstSeenAt: "First seen",
  announcedAt: "Announced",
};

function draftOf(m: ModelRecord): Draft {
  return {
    name: m.name,
    organization: m.organization?.name ?? "",
    unit: m.unit ?? "",
    modalities: m.modalities,
    description: m.description ?? "",
    websiteUrl: m.websiteUrl ?? "",
    links: m.links.map((l) => `${l.label} | ${l.url}`).join("\n"),
    firstSeenAt: m.firstSeenAt?.slice(0, 10) ?? "",
    announcedAt: m.announcedAt?.slice(0, 10) ?? "",
  };
}

/** "Label | https://…" per line; a bare URL is its own label. */
function parseLinks(text: string): { label: string; url: string }[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const bar = line.lastIndexOf("|");
      return bar < 0 ? { label: line, url: line } : { label: line.slice(0, bar).trim(), url: line.slice(bar + 1).trim() };
    });
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);

/** The fields the editor changed relative to the version they started from. */
function changedFields(base: Draft, draft: Draft): Partial<Draft> {
  return Object.fromEntries(
    (Object.keys(FIELD_LABELS) as (keyof Draft)[]).filter((k) => JSON.stringify(base[k]) !== JSON.stringify(draft[k])).map((k) => [k, draft[k]]),
  ) as Partial<Draft>;
}

function toBody(changes: Partial<Draft>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes) as [keyof Draft, Draft[keyof Draft]][]) {
    if (key === "links") body.links = parseLinks(value as string);
    else if (key === "modalities" || key === "name") body[key] = value;
    else body[key] = orNull(value as string);
  }
  return body;
}

/**
 * Edits a model from the version the editor started with, sending only the
 * fields they changed. When someone else saved first, the server refuses
 * (409): the form keeps the draft, lists what changed meanwhile, and offers
 * to re-apply the editor's own changes on top of the current version.
 */
export function ModelEditForm({ model }: { model: ModelRecord }) {
  const router = useRouter();
  const [base, setBase] = useState<ModelRecord>(model);
  const [draft, setDraft] = useState<Draft>(() => draftOf(model));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ current: ModelRecord; fields: { field: string; now: string }[] } | null>(null);
  const [saved, setSaved] = useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const changes = changedFields(draftOf(base), draft);
  // A newer version rendered by the page (e.g. after a lifecycle step) becomes the base while nothing is being edited.
  const [seenVersion, setSeenVersion] = useState(model.version);
  if (model.version !== seenVersion) {
    setSeenVersion(model.version);
    if (model.version > base.version && Object.keys(changes).length === 0) {
      setBase(model);
      setDraft(draftOf(model));
    }
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    setConflict(null);
    const res = await sendJson<{ data: ModelRecord }>("PATCH", `/api/v1/models/${base.slug}`, toBody(changes), { ifMatch: base.version });
    setBusy(false);
    if (res.ok) {
      setSaved(true);
      setBase(res.data.data);
      setDraft(draftOf(res.data.data));
      router.refresh();
      return;
    }
    setError(describeProblem(res.problem));
    const current = res.problem.current as ModelRecord | undefined;
    if (res.status === 409 && current) {
      const mine = draftOf(base);
      const theirs = draftOf(current);
      const fields = (Object.keys(FIELD_LABELS) as (keyof Draft)[])
        .filter((k) => JSON.stringify(mine[k]) !== JSON.stringify(theirs[k]))
        .map((k) => ({ field: FIELD_LABELS[k], now: String(theirs[k]) || "(empty)" }));
      setConflict({ current, fields });
    }
  }

  function rebase() {
    if (!conflict) return;
    setDraft({ ...draftOf(conflict.current), ...changes });
    setBase(conflict.current);
    setConflict(null);
    setError(null);
  }

  return (
    <form className={shared.form} onSubmit={submit}>
      <div className={styles.twoCol}>
        <div className={shared.field}>
          <label htmlFor="model-name">Name</label>
          <input id="model-name" required maxLength={120} value={draft.name} onChange={(e) => set("name", e.target.value)} />
        </div>
        <div className={shared.field}>
          <label htmlFor="model-org">Organization</label>
          <input id="model-org" aria-describedby="model-org-hint" value={draft.organization} onChange={(e) => set("organization", e.target.value)} />
          <span id="model-org-hint" className={shared.hint}>
            Setting an owner on a model without one tells its watchers the ownership is confirmed.
          </span>
        </div>
        <div className={shared.field}>
          <label htmlFor="model-unit">Unit or team</label>
          <input id="model-unit" value={draft.unit} onChange={(e) => set("unit", e.target.value)} />
        </div>
        <div className={shared.field}>
          <label htmlFor="model-website">Website</label>
          <input id="model-website" type="url" value={draft.websiteUrl} onChange={(e) => set("websiteUrl", e.target.value)} />
        </div>
        <div className={shared.field}>
          <label htmlFor="model-first-seen">First seen</label>
          <input id="model-first-seen" type="date" value={draft.firstSeenAt} onChange={(e) => set("firstSeenAt", e.target.value)} />
        </div>
        <div className={shared.field}>
          <label htmlFor="model-announced">Announced</label>
          <input id="model-announced" type="date" value={draft.announcedAt} onChange={(e) => set("announcedAt", e.target.value)} />
        </div>
      </div>
      <ModalityChecks idPrefix="model-modality" value={draft.modalities} onChange={(m) => set("modalities", m)} />
      <div className={shared.field}>
        <label htmlFor="model-description">Description</label>
        <textarea id="model-description" maxLength={4000} value={draft.description} onChange={(e) => set("description", e.target.value)} />
      </div>
      <div className={shared.field}>
        <label htmlFor="model-links">Links</label>
        <textarea id="model-links" aria-describedby="model-links-hint" value={draft.links} onChange={(e) => set("links", e.target.value)} />
        <span id="model-links-hint" className={shared.hint}>
          One per line: <code>Label | https://…</code>
        </span>
      </div>
      {error && (
        <div className={shared.error} role="alert">
          <p>⚠ {error}</p>
          {conflict && (
            <>
              <p>Changed meanwhile by someone else (your draft is kept below):</p>
              <ul>
                {conflict.fields.map((c) => (
                  <li key={c.field}>
                    {c.field}: now “{c.now}”
                  </li>
                ))}
              </ul>
              <button className={shared.buttonSecondary} type="button" onClick={rebase}>
                Apply my changes to the current version
              </button>
            </>
          )}
        </div>
      )}
      {saved && (
        <p className={shared.success} role="status">
          ✓ Saved.
        </p>
      )}
      <div className={shared.row}>
        <button className={shared.button} type="submit" disabled={busy || Object.keys(changes).length === 0}>
          {busy ? "Saving…" : "Save changes"}
        </button>
        <span className={shared.hint}>Version {base.version}</span>
      </div>
    </form>
  );
}
