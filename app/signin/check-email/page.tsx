import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import styles from "@/components/sign-in/sign-in.module.css";

// Rendered per request: it reads the session, and its CSP carries a per-request nonce (proxy.ts).
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Check your e-mail", robots: { index: false } };

/** Where next-auth sends a browser that asked for a sign-in link without JavaScript. */
export default async function CheckEmailPage() {
  // Rendered per request like every /signin page: its scripts carry the CSP nonce.
  await connection();
  return (
    <div className={styles.page}>
      <section className={styles.card} aria-labelledby="check-title">
        <h1 id="check-title">Check your e-mail</h1>
        <p className={styles.lead}>
          A sign-in link is on its way. It works once, for 15 minutes. Nothing arrived? Look in your spam folder, or{" "}
          <Link href="/signin">ask for another one</Link>.
        </p>
      </section>
    </div>
  );
}
