import type { MetadataRoute } from "next";
import { absoluteUrl, getSiteUrl } from "@/lib/site-url";

// Per request, so the sitemap link follows NEXTAUTH_URL where the server runs.
export const dynamic = "force-dynamic";

/** Pages are for everyone; the JSON API is for programs, except its self-description. */
export default function robots(): MetadataRoute.Robots {
  const site = getSiteUrl();
  return {
    rules: [{ userAgent: "*", allow: ["/", "/api/v1/openapi.json"], disallow: ["/api/"] }],
    sitemap: absoluteUrl("/sitemap.xml", site),
  };
}
