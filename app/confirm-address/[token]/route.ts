import { confirmAddress } from "@/lib/accounts/confirm-address";
import { getDb } from "@/lib/db";
import { absoluteUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

// The link in a sign-up's confirmation mail: confirms the address, then the sign-in page says what happened.
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params;
  const ok = await confirmAddress(await getDb(), token);
  return Response.redirect(absoluteUrl(ok ? "/signin?verified=1" : "/signin?error=VerifyLink"), 303);
}
