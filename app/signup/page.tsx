import type { Metadata } from "next";
import Link from "next/link";
import { safeCallbackPath } from "@/lib/auth/safe-callback-path";
import { getEnv } from "@/lib/env";
import { Notice } from "@/components/sign-in/notice";
import { SignUpForm } from "@/components/account/sign-up-form";
import styles from "@/components/account/sign-up.module.css";
import card from "@/components/sign-in/sign-in.module.css";

export const metadata: Metadata = { title: "Sign up", robots: { index: false } };

type Query = Record<string, string | string[] | undefined>;

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const raw = typeof query.callbackUrl === "string" ? query.callbackUrl : undefined;
  const callbackUrl = safeCallbackPath(raw, "/account");

  return (
    <div className={card.page}>
      <section className={card.card} aria-labelledby="signup-title">
        <h1 id="signup-title">Create an account</h1>
        <p className={styles.lead}>
          A free subscriber account lets you keep a watch-list and be told when a model you follow changes. Reading needs no account.
          We mail you a link to confirm your address before the password works.
        </p>
        {getEnv().mailEnabled ? (
          <SignUpForm callbackUrl={callbackUrl} />
        ) : (
          <Notice tone="info">
            This site sends no e-mail, so it cannot confirm new addresses: ask an administrator for an account.
          </Notice>
        )}
        <p className={styles.footer}>
          Already have an account? <Link href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Sign in</Link>
        </p>
      </section>
    </div>
  );
}
