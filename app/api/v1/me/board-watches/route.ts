import { apiRoute } from "@/lib/api/api-route";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { getDb } from "@/lib/db";
import { ok } from "@/lib/api/api-result";
import { listBoardWatches } from "@/lib/watch/list-board-watches";

export const dynamic = "force-dynamic";

export const GET = apiRoute(apiV1.listBoardWatches, async ({ actor }) => ok({ data: await listBoardWatches(await getDb(), actor.userId) }));

export const OPTIONS = corsPreflight(["GET"]);
