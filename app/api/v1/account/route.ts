import { apiRoute } from "@/lib/api/api-route";
import { created, ok } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { clientIp } from "@/lib/auth/client-ip";
import { signUp } from "@/lib/accounts/sign-up";
import { updateProfile } from "@/lib/accounts/update-profile";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

export const POST = apiRoute(apiV1.createAccount, async ({ body, request }) =>
  created({ data: await signUp(await getDb(), body, clientIp(request.headers)) }),
);

export const PATCH = apiRoute(apiV1.updateAccount, async ({ body, actor }) =>
  ok({ data: await updateProfile(await getDb(), actor, body) }),
);

export const OPTIONS = corsPreflight(["POST", "PATCH"]);
