import type { Metadata } from "next";
import { listUserTokens } from "@/lib/accounts/list-tokens";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { getDb } from "@/lib/db";
import { CreateTokenForm } from "@/components/account/create-token-form";
import { PasswordForm } from "@/components/account/password-form";
import { ProfileForm } from "@/components/account/profile-form";
import { TokenTable } from "@/components/account/token-table";
import styles from "@/components/account/account.module.css";
import ui from "@/components/editor/editor.module.css";

// Rendered per request: it reads the session, and its CSP carries a per-request nonce (proxy.ts).
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

export default async function AccountPage() {
  const actor = await requirePageActor("account.manage", "/account");
  const tokens = await listUserTokens(await getDb(), actor.userId);

  return (
    <div className={ui.frame}>
      <header className={styles.header}>
        <h1>Your account</h1>
        <p className={ui.muted}>Your name, your password and the API tokens that act on your behalf.</p>
      </header>
      <div className={`${styles.columns} ${styles.fit}`}>
        <section className={`${ui.panel} ${styles.fit}`} aria-labelledby="profile-title">
          <h2 id="profile-title" className={styles.panelTitle}>
            Profile
          </h2>
          <dl className={styles.facts}>
            <dt>E-mail</dt>
            <dd>{actor.email}</dd>
            <dt>Role</dt>
            <dd>{actor.role.charAt(0) + actor.role.slice(1).toLowerCase()}</dd>
          </dl>
          <ProfileForm name={actor.name} />
        </section>
        <section className={`${ui.panel} ${styles.fit}`} aria-labelledby="password-title">
          <h2 id="password-title" className={styles.panelTitle}>
            Password
          </h2>
          <PasswordForm />
        </section>
      </div>
      <section className={`${ui.panel} ${styles.fit}`} aria-labelledby="tokens-title">
        <h2 id="tokens-title" className={styles.panelTitle}>
          API tokens
        </h2>
        <p className={ui.muted}>
          Tokens let scripts use the API as you, with your role. Each is shown once when created; only a hash is kept.
        </p>
        <div className={styles.stack}>
          <CreateTokenForm />
          <TokenTable tokens={tokens} />
        </div>
      </section>
    </div>
  );
}
