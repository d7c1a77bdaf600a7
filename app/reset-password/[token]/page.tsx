import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/create-user";
import { PasswordResetForm } from "@/components/sign-in/password-reset-form";
import styles from "@/components/sign-in/sign-in.module.css";

// Rendered per request: it reads the session, and its CSP carries a per-request nonce (proxy.ts).
export const dynamic = "force-dynamic";

// The token is a secret in the URL: no referrer leaves this page, and it is never indexed.
export const metadata: Metadata = { title: "Choose a new password", robots: { index: false }, referrer: "no-referrer" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  // Never cached (the token is a secret) and rendered per request for the CSP nonce.
  await connection();
  const { token } = await params;
  return (
    <div className={styles.page}>
      <section className={styles.card} aria-labelledby="new-password-title">
        <h1 id="new-password-title">Choose a new password</h1>
        <p className={styles.lead}>The link works once and expires an hour after it was sent.</p>
        <PasswordResetForm token={token} minLength={PASSWORD_MIN_LENGTH} />
        <p className={styles.footer}>
          <span>
            Link expired? <Link href="/reset-password">Ask for a new one</Link>
          </span>
        </p>
      </section>
    </div>
  );
}
