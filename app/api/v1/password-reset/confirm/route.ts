import { apiRoute } from "@/lib/api/api-route";
import { ok } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { resetPassword } from "@/lib/auth/reset-password";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

export const POST = apiRoute(apiV1.resetPassword, async ({ body }) => {
  await resetPassword(await getDb(), body);
  return ok({ data: { message: "Your password has been changed. Sign in with the new one." } });
});
export const OPTIONS = corsPreflight(["POST"]);
