"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { AdminUserRow } from "@/lib/accounts/list-users";
import { describeProblem, sendJson } from "@/lib/api/client/send-json";
import { Role } from "@/lib/db/enums";
import { formatMoment } from "@/components/account/format-moment";
import ui from "@/components/editor/editor.module.css";
import account from "@/components/account/account.module.css";
import styles from "./admin.module.css";

const ROLE_LABEL: Record<Role, string> = { SUBSCRIBER: "Subscriber", EDITOR: "Editor", ADMIN: "Admin" };

/** Users with a role picker and disable/enable; every change asks for an optional reason for the audit log. */
export function UserTable({ users, currentUserId }: { users: AdminUserRow[]; currentUserId: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function change(user: AdminUserRow, body: { role?: Role; disabled?: boolean }, what: string) {
    const note = window.prompt(`${what}\n\nReason (optional, kept in the audit log):`, "");
    if (note === null) {
      router.refresh(); // puts a role picker the admin changed back to the saved value
      return;
    }
    setBusy(user.id);
    const res = await sendJson("PATCH", `/api/v1/users/${encodeURIComponent(user.id)}`, { ...body, ...(note.trim() ? { note: note.trim() } : {}) });
    setBusy(null);
    setMessage(res.ok ? { ok: true, text: `${what}: done.` } : { ok: false, text: describeProblem(res.problem) });
    router.refresh();
  }

  return (
    <div className={account.stack}>
      {message ? (
        <p className={message.ok ? ui.success : ui.error} role="status">
          <span aria-hidden="true">{message.ok ? "✓ " : "✗ "}</span>
          {message.text}
        </p>
      ) : null}
      <div className={ui.tableWrap}>
        <table className={`${ui.table} ${account.table}`}>
          <thead>
            <tr>
              <th scope="col">E-mail</th>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Created</th>
              <th scope="col">Tokens</th>
              <th scope="col">State</th>
              <th scope="col">
                <span className={account.visuallyHidden}>Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => {
              const self = u.id === currentUserId;
              const disabled = u.disabledAt !== null;
              return (
                <tr key={u.id}>
                  <td className={account.nowrap}>
                    {u.email}
                    {self ? <span className={account.sub}>(you)</span> : null}
                  </td>
                  <td>{u.name ?? <span className={ui.muted}>—</span>}</td>
                  <td>
                    <select
                      className={`${ui.input} ${styles.roleSelect}`}
                      aria-label={`Role of ${u.email}`}
                      value={u.role}
                      disabled={self || busy === u.id}
                      title={self ? "You cannot change your own role" : undefined}
                      onChange={(e) => void change(u, { role: e.target.value as Role }, `Make ${u.email} ${ROLE_LABEL[e.target.value as Role]}`)}
                    >
                      {Object.values(Role).map((r) => (
                        <option key={r} value={r}>
                          {ROLE_LABEL[r]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className={account.nowrap}>{formatMoment(u.createdAt)}</td>
                  <td>{u.activeTokens}</td>
                  <td className={account.nowrap}>
                    {disabled ? (
                      <span className={account["state-revoked"]}>
                        <span aria-hidden="true">✗ </span>Disabled
                      </span>
                    ) : (
                      <span className={account["state-active"]}>
                        <span aria-hidden="true">● </span>Active
                      </span>
                    )}
                  </td>
                  <td>
                    {self ? null : (
                      <button
                        type="button"
                        className={disabled ? ui.buttonSecondary : ui.buttonDanger}
                        disabled={busy === u.id}
                        aria-label={`${disabled ? "Enable" : "Disable"} ${u.email}`}
                        onClick={() => void change(u, { disabled: !disabled }, `${disabled ? "Enable" : "Disable"} ${u.email}`)}
                      >
                        {disabled ? "Enable" : "Disable"}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
