import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { getAuthOptions } from "@/lib/auth/auth-options";
import { clientIp } from "@/lib/auth/client-ip";

// Options are built per request, not at import: `next build` evaluates this
// module without production secrets, and the client address feeds rate limits.
type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(request: NextRequest, context: Context): Promise<Response> {
  return (await NextAuth(request, context, getAuthOptions({ clientIp: clientIp(request.headers) }))) as Response;
}

export { handler as GET, handler as POST };
