import { apiRoute } from "@/lib/api/api-route";
import { ok } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { readIfMatchVersion } from "@/lib/api/if-match";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { toSourceDto } from "@/lib/api/v1/source-dto";
import { getDb } from "@/lib/db";
import { deleteSource } from "@/lib/sources/delete-source";
import { updateSource } from "@/lib/sources/update-source";

export const dynamic = "force-dynamic";

export const PATCH = apiRoute(apiV1.updateSource, async ({ params, body, actor, request }) =>
  ok({ data: toSourceDto(await updateSource(await getDb(), actor, params.slug, params.id, readIfMatchVersion(request), body)) }),
);

export const DELETE = apiRoute(apiV1.deleteSource, async ({ params, actor }) => ok({ data: await deleteSource(await getDb(), actor, params.slug, params.id) }));

export const OPTIONS = corsPreflight(["PATCH", "DELETE"]);
