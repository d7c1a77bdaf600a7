import { apiRoute } from "@/lib/api/api-route";
import { created, ok } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { toSourceDto } from "@/lib/api/v1/source-dto";
import { getDb } from "@/lib/db";
import { addSource } from "@/lib/sources/add-source";
import { listSources } from "@/lib/sources/list-sources";

export const dynamic = "force-dynamic";

export const GET = apiRoute(apiV1.listSources, async ({ params }) => ok({ data: (await listSources(await getDb(), params.slug)).map(toSourceDto) }));

export const POST = apiRoute(apiV1.addSource, async ({ params, body, actor }) =>
  created({ data: toSourceDto(await addSource(await getDb(), actor, params.slug, body)) }),
);

export const OPTIONS = corsPreflight(["GET", "POST"]);
