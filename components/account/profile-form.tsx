"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { describeProblem, sendJson } from "@/lib/api/client/send-json";
import ui from "@/components/editor/editor.module.css";

/** The display name, through PATCH /api/v1/account. */
export function ProfileForm({ name }: { name: string | null }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get("name") ?? "").trim();
    setBusy(true);
    const res = await sendJson("PATCH", "/api/v1/account", { name: value || null });
    setBusy(false);
    setMessage(res.ok ? { ok: true, text: "Name saved." } : { ok: false, text: describeProblem(res.problem) });
    if (res.ok) router.refresh();
  }

  return (
    <form className={ui.form} onSubmit={submit}>
      <div className={ui.field}>
        <label htmlFor="profile-name">Display name</label>
        <input id="profile-name" name="name" defaultValue={name ?? ""} maxLength={100} autoComplete="name" aria-describedby="profile-name-hint" />
        <span id="profile-name-hint" className={ui.hint}>
          Shown beside your edits. Leave empty to show your e-mail address.
        </span>
      </div>
      {message ? (
        <p className={message.ok ? ui.success : ui.error} role="status">
          <span aria-hidden="true">{message.ok ? "✓ " : "✗ "}</span>
          {message.text}
        </p>
      ) : null}
      <div>
        <button type="submit" className={ui.button} disabled={busy}>
          {busy ? "Saving…" : "Save name"}
        </button>
      </div>
    </form>
  );
}
