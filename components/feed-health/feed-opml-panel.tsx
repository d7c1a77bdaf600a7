"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import shared from "@/components/editor/editor.module.css";
import type { OpmlImportReport } from "@/lib/api/v1/schemas/feed-schemas";
import { describeProblem, sendJson } from "@/lib/api/client/send-json";
import styles from "./feed-health.module.css";

/** OPML import from a file (POST /api/v1/feeds/opml, with a per-outline report) and the export link. */
export function FeedOpmlPanel() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<OpmlImportReport | null>(null);

  async function upload(file: File) {
    setBusy(true);
    setError(null);
    setReport(null);
    const res = await sendJson<{ data: OpmlImportReport }>("POST", "/api/v1/feeds/opml", { opml: await file.text() });
    setBusy(false);
    if (!res.ok) {
      setError(describeProblem(res.problem));
      return;
    }
    setReport(res.data.data);
    router.refresh();
  }

  const invalid = report?.outlines.filter((o) => o.result === "invalid") ?? [];
  return (
    <div className={shared.form}>
      <div className={styles.inlineForm}>
        <div className={`${shared.field} ${styles.grow}`}>
          <label htmlFor="opml-file">Import an OPML file</label>
          <input
            id="opml-file"
            type="file"
            accept=".opml,.xml,text/x-opml,application/xml,text/xml"
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void upload(file);
              e.target.value = "";
            }}
          />
        </div>
        <a className={`${shared.buttonSecondary} ${styles.linkButton}`} href="/api/v1/feeds.opml" download>
          Export OPML
        </a>
      </div>
      {busy ? <p role="status">Importing…</p> : null}
      {error ? (
        <p className={shared.error} role="alert">
          {error}
        </p>
      ) : null}
      {report ? (
        <div className={invalid.length ? shared.error : shared.success} role="status">
          {report.added} added, {report.existing} already there, {report.invalid} invalid.
          {invalid.length ? (
            <ul className={styles.reportList}>
              {invalid.map((o, i) => (
                <li key={i}>
                  {o.title ? `${o.title}: ` : ""}
                  <code>{o.url}</code> — {o.reason}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
