import type { Metadata } from "next";
import { UnsubscribeButton } from "@/components/watch/unsubscribe-button";
import ui from "@/components/editor/editor.module.css";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <div className={ui.frame}>
      <h1>Unsubscribe</h1>
      {token ? (
        <>
          <p className={ui.muted}>Stop all Modelwatch notification e-mail to this address. No sign-in needed.</p>
          <UnsubscribeButton token={token} />
        </>
      ) : (
        <p className={ui.error}>This link is incomplete: open the unsubscribe link from the e-mail again.</p>
      )}
    </div>
  );
}
