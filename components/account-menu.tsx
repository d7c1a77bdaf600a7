"use client";

// The header's account control. Reads the session in the browser
// (/api/auth/session) so public pages stay static: the server never looks at
// the cookie to render the header.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { SessionProvider, signOut, useSession } from "next-auth/react";
import { useEffect, useId, useRef, useState } from "react";
import styles from "./account/account-menu.module.css";
import { InboxLink } from "./watch/inbox-link";

function PersonIcon() {
  return (
    <svg className={styles.icon} viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
      <circle cx="10" cy="6.5" r="3.6" fill="none" stroke="currentColor" strokeWidth="1.9" />
      <path d="M3.2 17.5c.8-3.6 3.6-5.4 6.8-5.4s6 1.8 6.8 5.4" fill="none" stroke="currentColor" strokeWidth="1.9" strokeLinecap="round" />
    </svg>
  );
}

/** A disclosure: a button that shows or hides a list of links (not an ARIA menu; plain links read best). */
function Disclosure({ label, title, children }: { label: string; title: string; children: (close: () => void) => React.ReactNode }) {
  const pathname = usePathname() ?? "/";
  // Open on the page where it was opened: navigating anywhere closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const setOpen = (next: boolean) => setOpenOn(next ? pathname : null);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpenOn(null);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpenOn(null);
      button.current?.focus();
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  return (
    <div className={styles.disclosure} ref={root}>
      <button
        ref={button}
        type="button"
        className={styles.trigger}
        aria-expanded={open}
        aria-controls={id}
        title={title}
        onClick={() => setOpen(!open)}
      >
        <PersonIcon />
        <span className={styles.triggerLabel}>{label}</span>
        <span className={styles.caret} aria-hidden="true">
          ▾
        </span>
      </button>
      <div id={id} className={styles.panel} hidden={!open}>
        {children(() => setOpen(false))}
      </div>
    </div>
  );
}

function AccountMenuInner({ signUpOpen }: { signUpOpen: boolean }) {
  const { data, status } = useSession();
  const pathname = usePathname() ?? "/";
  // After signing in, come back here; never bounce back to the sign-in or sign-up page itself.
  const back = pathname.startsWith("/signin") || pathname.startsWith("/signup") ? "/" : pathname;
  const signInHref = `/signin?callbackUrl=${encodeURIComponent(back)}`;

  if (status === "loading") return <div className={styles.placeholder} aria-hidden="true" />;

  const user = data?.user;
  if (!user) {
    return (
      <>
        <div className={styles.anonymousWide}>
          <Link className={styles.link} href={signInHref}>
            Sign in
          </Link>
          {signUpOpen ? (
            <Link className={styles.signUp} href="/signup">
              Sign up
            </Link>
          ) : null}
        </div>
        <div className={styles.anonymousNarrow}>
          <Disclosure label="Account" title={signUpOpen ? "Sign in or sign up" : "Sign in"}>
            {() => (
              <ul className={styles.list}>
                <li>
                  <Link href={signInHref}>Sign in</Link>
                </li>
                {signUpOpen ? (
                  <li>
                    <Link href="/signup">Sign up</Link>
                  </li>
                ) : null}
              </ul>
            )}
          </Disclosure>
        </div>
      </>
    );
  }

  const display = user.name?.trim() || user.email;
  return (
    <>
      <InboxLink />
      <Disclosure label={display} title={`Signed in as ${user.email}`}>
        {(close) => (
          <>
            <p className={styles.who}>
              <span className={styles.whoName}>{display}</span>
              <span className={styles.whoRole}>{user.role.toLowerCase()}</span>
            </p>
            <ul className={styles.list}>
              <li>
                <Link href="/watchlist" onClick={close}>
                  Watch-list
                </Link>
              </li>
              <li>
                <Link href="/inbox" onClick={close}>
                  Inbox
                </Link>
              </li>
              <li>
                <Link href="/account" onClick={close}>
                  Account
                </Link>
              </li>
              {user.role === "EDITOR" || user.role === "ADMIN" ? (
                <li>
                  <Link href="/editor/queue" onClick={close}>
                    Editor
                  </Link>
                </li>
              ) : null}
              {user.role === "ADMIN" ? (
                <li>
                  <Link href="/admin" onClick={close}>
                    Admin
                  </Link>
                </li>
              ) : null}
              <li>
                <button type="button" className={styles.signOut} onClick={() => void signOut({ callbackUrl: "/" })}>
                  Sign out
                </button>
              </li>
            </ul>
          </>
        )}
      </Disclosure>
    </>
  );
}

/**
 * Sign in / sign up, or the signed-in user's links (Account, Editor, Admin, Sign out).
 * Sign-up is offered only where it works: it mails a confirmation link, so a site without mail has none.
 */
export function AccountMenu({ signUpOpen }: { signUpOpen: boolean }) {
  return (
    <div className={styles.slot}>
      <SessionProvider refetchOnWindowFocus={false}>
        <AccountMenuInner signUpOpen={signUpOpen} />
      </SessionProvider>
    </div>
  );
}
