import type { Metadata } from "next";
import Link from "next/link";
import { getEnv } from "@/lib/env";
import { Notice } from "@/components/sign-in/notice";
import { PasswordResetRequestForm } from "@/components/sign-in/password-reset-request-form";
import styles from "@/components/sign-in/sign-in.module.css";

export const metadata: Metadata = { title: "Reset your password", robots: { index: false } };
// Whether mail is configured is read where the server runs, not at build time;
// rendered per request, its scripts carry the CSP nonce.
export const dynamic = "force-dynamic";

export default function ResetPasswordRequestPage() {
  const mailEnabled = getEnv().mailEnabled;
  return (
    <div className={styles.page}>
      <section className={styles.card} aria-labelledby="reset-title">
        <h1 id="reset-title">Reset your password</h1>
        {mailEnabled ? (
          <>
            <p className={styles.lead}>
              Enter the address you sign in with. If it belongs to an account, we mail it a link to choose a new
              password.
            </p>
            <PasswordResetRequestForm />
          </>
        ) : (
          <Notice tone="info">This site sends no e-mail. Ask an administrator to set a new password for you.</Notice>
        )}
        <p className={styles.footer}>
          <span>
            Remembered it? <Link href="/signin">Sign in</Link>
          </span>
        </p>
      </section>
    </div>
  );
}
