import { apiRoute } from "@/lib/api/api-route";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { getDb } from "@/lib/db";
import { ok } from "@/lib/api/api-result";
import { removeWatch } from "@/lib/watch/remove-watch";
import { setWatch } from "@/lib/watch/set-watch";

export const dynamic = "force-dynamic";

export const PUT = apiRoute(apiV1.putWatch, async ({ params, body, actor }) => {
  const { watch } = await setWatch(await getDb(), actor, params.slug, body ?? {});
  return ok({ data: watch });
});

export const DELETE = apiRoute(apiV1.deleteWatch, async ({ params, actor }) => {
  await removeWatch(await getDb(), actor, params.slug);
  return ok({ data: { model: params.slug, watching: false as const } });
});

export const OPTIONS = corsPreflight(["PUT", "DELETE"]);
