import { apiRoute } from "@/lib/api/api-route";
import { ok } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { clientIp } from "@/lib/auth/client-ip";
import { signUp } from "@/lib/accounts/sign-up";
import { updateProfile } from "@/lib/accounts/update-profile";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { NotFoundError } from "@/lib/errors";
import { getMailer } from "@/lib/mail/mailer";

export const dynamic = "force-dynamic";

export const POST = apiRoute(apiV1.createAccount, async ({ body, request }) => {
  const mailer = getMailer(getEnv());
  // An address nobody can confirm would be an account anyone could have pre-registered.
  if (!mailer) throw new NotFoundError("Sign-up is not available: this site sends no e-mail, so addresses cannot be confirmed. Ask an administrator for an account.");
  return ok({ data: await signUp(await getDb(), body, { ip: clientIp(request.headers), mailer }) });
});

export const PATCH = apiRoute(apiV1.updateAccount, async ({ body, actor }) =>
  ok({ data: await updateProfile(await getDb(), actor, body) }),
);

export const OPTIONS = corsPreflight(["POST", "PATCH"]);
