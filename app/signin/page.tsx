import type { Metadata } from "next";
import Link from "next/link";
import { signInMethods } from "@/lib/auth/auth-providers";
import { getPageActor } from "@/lib/auth/require-page-actor";
import { safeCallbackPath } from "@/lib/auth/safe-callback-path";
import { signInNotice } from "@/lib/auth/sign-in-notice";
import { getEnv } from "@/lib/env";
import { Notice } from "@/components/sign-in/notice";
import { SignInForm } from "@/components/sign-in/sign-in-form";
import styles from "@/components/sign-in/sign-in.module.css";

// Rendered per request: it reads the session, and its CSP carries a per-request nonce (proxy.ts).
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Query = Record<string, string | string[] | undefined>;

function one(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const callbackUrl = safeCallbackPath(one(query.callbackUrl));
  const notice = signInNotice({ error: one(query.error), denied: one(query.denied), verified: one(query.verified) });
  const methods = signInMethods(getEnv());
  const actor = await getPageActor();

  return (
    <div className={styles.page}>
      <section className={styles.card} aria-labelledby="signin-title">
        <h1 id="signin-title">Sign in</h1>
        <p className={styles.lead}>Editors and subscribers sign in here. Reading Modelwatch needs no account.</p>
        {actor && !notice ? (
          <Notice tone="info">
            You are signed in as {actor.email}. <Link href={callbackUrl}>Continue</Link>, or sign in as someone else.
          </Notice>
        ) : null}
        <SignInForm callbackUrl={callbackUrl} emailLink={methods.emailLink} github={methods.github} notice={notice} />
        <p className={styles.footer}>
          <span>
            New here? <Link href={`/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Create an account</Link>
          </span>
          {!methods.emailLink ? (
            <span>Forgot your password? Ask an administrator to set a new one (this site sends no e-mail).</span>
          ) : null}
        </p>
      </section>
    </div>
  );
}
