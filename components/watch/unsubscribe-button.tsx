"use client";

import { useState } from "react";
import { describeProblem, sendJson } from "@/lib/api/client/send-json";
import ui from "@/components/editor/editor.module.css";

/** Confirms the unsubscribe (a GET from a mail scanner must never unsubscribe anyone). */
export function UnsubscribeButton({ token }: { token: string }) {
  const [state, setState] = useState<{ ok: boolean; text: string } | null>(null);
  async function confirm() {
    const res = await sendJson<{ data: { email: string } }>("POST", `/api/v1/unsubscribe?token=${encodeURIComponent(token)}`);
    setState(res.ok ? { ok: true, text: `No more e-mail to ${res.data.data.email}. Your inbox and other channels stay as they are.` } : { ok: false, text: describeProblem(res.problem) });
  }
  return state ? (
    <p className={state.ok ? ui.success : ui.error} role="status">
      {state.text}
    </p>
  ) : (
    <button type="button" className={ui.button} onClick={() => void confirm()}>
      Unsubscribe from Modelwatch e-mail
    </button>
  );
}
