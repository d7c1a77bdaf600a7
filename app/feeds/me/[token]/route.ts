import { getDb } from "@/lib/db";
import { getPrivateFeed } from "@/lib/feeds/get-private-feed";
import { serveFeed } from "@/lib/feeds/serve-feed";

// Per user and never cached on the server: the secret in the path is the credential.
export const dynamic = "force-dynamic";

export async function GET(request: Request, ctx: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await ctx.params;
  const valid = /^[A-Za-z0-9_-]{20,100}$/.test(token);
  const response = await serveFeed(request, async (site) => (valid ? getPrivateFeed(await getDb(), site, token) : null), "No such feed, or it was revoked.");
  // A private feed must not sit in shared caches.
  response.headers.set("Cache-Control", "private, no-cache");
  return response;
}
