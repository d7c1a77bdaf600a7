import { apiRoute } from "@/lib/api/api-route";
import { ok } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { updateUser } from "@/lib/accounts/update-user";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

export const PATCH = apiRoute(apiV1.updateUser, async ({ params, body, actor }) =>
  ok({ data: await updateUser(await getDb(), actor, params.id, body) }),
);

export const OPTIONS = corsPreflight(["PATCH"]);
