import type { Metadata } from "next";
import { listAllTokens } from "@/lib/accounts/list-tokens";
import { listUsers } from "@/lib/accounts/list-users";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { getDb } from "@/lib/db";
import { CreateTokenForm } from "@/components/account/create-token-form";
import { TokenTable } from "@/components/account/token-table";
import styles from "@/components/account/account.module.css";
import ui from "@/components/editor/editor.module.css";

export const metadata: Metadata = { title: "API tokens" };

export default async function AdminTokensPage() {
  await requirePageActor("users.manage", "/admin/tokens");
  const db = await getDb();
  const [tokens, users] = await Promise.all([listAllTokens(db), listUsers(db)]);
  const owners = users.filter((u) => !u.disabledAt).map((u) => ({ id: u.id, email: u.email }));
  return (
    <>
      <header className={styles.header}>
        <h1>API tokens</h1>
        <p className={ui.muted}>Every user&apos;s tokens, newest first. A token acts with its owner&apos;s current role.</p>
      </header>
      <section className={`${ui.panel} ${styles.fit}`} aria-labelledby="issue-title">
        <h2 id="issue-title" className={styles.panelTitle}>
          Create a token for a user
        </h2>
        <CreateTokenForm owners={owners} />
      </section>
      <section className={`${ui.panel} ${styles.fit}`} aria-labelledby="all-tokens-title">
        <h2 id="all-tokens-title" className={styles.panelTitle}>
          All tokens
        </h2>
        <TokenTable tokens={tokens} showOwner />
      </section>
    </>
  );
}
