import { apiRoute } from "@/lib/api/api-route";
import { ok } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { changePassword } from "@/lib/accounts/change-password";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

export const POST = apiRoute(apiV1.changePassword, async ({ body, actor }) => {
  await changePassword(await getDb(), actor, body);
  return ok({ data: { changed: true as const } });
});

export const OPTIONS = corsPreflight(["POST"]);
