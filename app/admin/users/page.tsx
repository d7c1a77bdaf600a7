import type { Metadata } from "next";
import { listUsers } from "@/lib/accounts/list-users";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { getDb } from "@/lib/db";
import { UserTable } from "@/components/admin/user-table";
import styles from "@/components/account/account.module.css";
import ui from "@/components/editor/editor.module.css";

export const metadata: Metadata = { title: "Users" };

export default async function AdminUsersPage() {
  const actor = await requirePageActor("users.manage", "/admin/users");
  const users = await listUsers(await getDb());
  return (
    <>
      <header className={styles.header}>
        <h1>Users</h1>
        <p className={ui.muted}>
          Roles and disabled accounts take effect on the user&apos;s next request. You cannot change your own role or disable yourself, and
          the last active admin stays an admin.
        </p>
      </header>
      <section className={`${ui.panel} ${styles.fit}`} aria-label="Users">
        <UserTable users={users} currentUserId={actor.userId} />
      </section>
    </>
  );
}
