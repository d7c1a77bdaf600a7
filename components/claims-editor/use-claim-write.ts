"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { describeProblem, sendJson } from "@/lib/api/client/send-json";
import type { ClaimEventView } from "./claim-view";

export interface ClaimWriteRequest {
  method: "POST" | "PATCH";
  path: string;
  body: unknown;
  /** Shown once the write is saved (first try or re-applied). */
  savedMessage: string;
  /** E.g. clearing the form; runs after the write is saved. */
  onSaved?: () => void;
}

/** A write refused because the claim moved on: what changed, and the version to re-apply on. */
export interface ClaimConflict {
  request: ClaimWriteRequest;
  detail: string;
  currentVersion: number;
  changesSince: ClaimEventView[];
}

function readConflict(problem: Record<string, unknown>, request: ClaimWriteRequest): ClaimConflict | null {
  const current = problem.current as { version?: unknown } | undefined;
  if (!current || typeof current.version !== "number") return null;
  const changes = Array.isArray(problem.changesSince) ? (problem.changesSince as ClaimEventView[]) : [];
  return { request, detail: String(problem.detail ?? ""), currentVersion: current.version, changesSince: changes };
}

/**
 * One claim write from the browser, with If-Match. A 409 keeps the editor's
 * request so they can read what changed meanwhile and re-apply it on the
 * fresh version (or drop it); nothing is sent again without their say-so.
 */
export function useClaimWrite(version: number) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ClaimConflict | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  async function send(request: ClaimWriteRequest, ifMatch: number): Promise<void> {
    setBusy(true);
    setError(null);
    setSaved(null);
    const res = await sendJson(request.method, request.path, request.body, { ifMatch });
    setBusy(false);
    if (res.ok) {
      setConflict(null);
      setSaved(request.savedMessage);
      request.onSaved?.();
      router.refresh();
      return;
    }
    const found = res.status === 409 ? readConflict(res.problem, request) : null;
    if (found) {
      setConflict(found);
      router.refresh();
    } else {
      setError(res.problem.rule ? `${describeProblem(res.problem)} (rule: ${res.problem.rule})` : describeProblem(res.problem));
    }
  }

  return {
    busy,
    error,
    conflict,
    saved,
    write: (request: ClaimWriteRequest) => send(request, version),
    reapply: () => (conflict ? send(conflict.request, conflict.currentVersion) : Promise.resolve()),
    dismissConflict: () => setConflict(null),
  };
}
