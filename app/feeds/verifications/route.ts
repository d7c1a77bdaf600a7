import { getVerificationsFeed } from "@/lib/feeds/get-verifications-feed";
import { serveFeed } from "@/lib/feeds/serve-feed";

// Reads the database on every request; never prerendered at build time.
export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return serveFeed(request, (site) => getVerificationsFeed(site), "No verifications feed.");
}
