import type { Metadata, Viewport } from "next";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { getEnv } from "@/lib/env";
import { getSiteUrl } from "@/lib/site-url";
import "./globals.css";

const SITE_TITLE = "Modelwatch — AI video models: claims, ratings, news";
const SITE_DESCRIPTION =
  "What each AI video model is claimed to be, which claims are verified and on what evidence, and Elo ratings with honest uncertainty.";

// A function, not a constant: on pages rendered per request (models, sitemap)
// metadataBase follows NEXTAUTH_URL where the server runs; prerendered pages
// carry the build's value. Pages that set their own openGraph restate it whole.
export function generateMetadata(): Metadata {
  return {
    metadataBase: getSiteUrl(),
    title: { default: SITE_TITLE, template: "%s · Modelwatch" },
    description: SITE_DESCRIPTION,
    icons: { icon: "/icon.svg" },
    alternates: {
      types: { "application/atom+xml": [{ url: "/feeds/verifications", title: "Modelwatch: every verdict" }] },
    },
    openGraph: { type: "website", siteName: "Modelwatch", locale: "en", title: SITE_TITLE, description: SITE_DESCRIPTION },
    twitter: { card: "summary", title: SITE_TITLE, description: SITE_DESCRIPTION },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#161b24" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader signUpOpen={getEnv().mailEnabled} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
