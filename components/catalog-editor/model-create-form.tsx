"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import shared from "@/components/editor/editor.module.css";
import { describeProblem, sendJson } from "@/lib/api/client/send-json";
import { LifecycleStage, type Modality } from "@/lib/db/enums";
import { LIFECYCLE_LABELS } from "@/lib/models/model-labels";
import { ModalityChecks } from "./modality-checks";
import styles from "./catalog-editor.module.css";

/** Adds a model; an anonymous arena entry starts as "Arena only" with no owner. */
export function ModelCreateForm() {
  const router = useRouter();
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const [organization, setOrganization] = useState("");
  const [stage, setStage] = useState<LifecycleStage>("ANNOUNCED");
  const [modalities, setModalities] = useState<Modality[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const res = await sendJson<{ data: { slug: string } }>("POST", "/api/v1/models", {
      name,
      ...(slug.trim() ? { slug: slug.trim() } : {}),
      organization: organization.trim() || null,
      lifecycleStage: stage,
      modalities,
    });
    setBusy(false);
    if (res.ok) router.push(`/editor/models/${res.data.data.slug}`);
    else setError(describeProblem(res.problem));
  }

  return (
    <form className={shared.form} onSubmit={submit}>
      <div className={styles.twoCol}>
        <div className={shared.field}>
          <label htmlFor="new-model-name">Name</label>
          <input id="new-model-name" required maxLength={120} value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className={shared.field}>
          <label htmlFor="new-model-slug">Slug (optional)</label>
          <input
            id="new-model-slug"
            aria-describedby="new-model-slug-hint"
            pattern="[a-z0-9]+(-[a-z0-9]+)*"
            value={slug}
            onChange={(e) => setSlug(e.target.value)}
          />
          <span id="new-model-slug-hint" className={shared.hint}>
            Default: made from the name.
          </span>
        </div>
        <div className={shared.field}>
          <label htmlFor="new-model-org">Organization</label>
          <input
            id="new-model-org"
            aria-describedby="new-model-org-hint"
            value={organization}
            onChange={(e) => setOrganization(e.target.value)}
          />
          <span id="new-model-org-hint" className={shared.hint}>
            Leave empty while the owner is unknown.
          </span>
        </div>
        <div className={shared.field}>
          <label htmlFor="new-model-stage">Lifecycle stage</label>
          <select id="new-model-stage" value={stage} onChange={(e) => setStage(e.target.value as LifecycleStage)}>
            {Object.values(LifecycleStage).map((s) => (
              <option key={s} value={s}>
                {LIFECYCLE_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ModalityChecks idPrefix="new-model-modality" value={modalities} onChange={setModalities} />
      {error && (
        <p className={shared.error} role="alert">
          ⚠ {error}
        </p>
      )}
      <div className={shared.row}>
        <button className={shared.button} type="submit" disabled={busy}>
          {busy ? "Creating…" : "Create model"}
        </button>
      </div>
    </form>
  );
}
