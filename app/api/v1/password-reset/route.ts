import { apiRoute } from "@/lib/api/api-route";
import { ok } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { clientIp } from "@/lib/auth/client-ip";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { NotFoundError } from "@/lib/errors";
import { getMailer } from "@/lib/mail/mailer";

export const dynamic = "force-dynamic";

export const POST = apiRoute(apiV1.requestPasswordReset, async ({ body, request }) => {
  const mailer = getMailer(getEnv());
  if (!mailer) throw new NotFoundError("Password reset by e-mail is not available: this site has no mail server configured.");
  await requestPasswordReset(await getDb(), { email: body.email, ip: clientIp(request.headers), mailer });
  return ok({ data: { message: "If an account uses this address, a reset link is on its way. It works once, within the hour." } });
});
export const OPTIONS = corsPreflight(["POST"]);
