import { apiRoute } from "@/lib/api/api-route";
import { ok } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { toUnmatchedDto } from "@/lib/api/v1/source-dto";
import { getDb } from "@/lib/db";
import { listUnmatched } from "@/lib/sources/list-unmatched";

export const dynamic = "force-dynamic";

export const GET = apiRoute(apiV1.listUnmatched, async ({ params }) => ok({ data: (await listUnmatched(await getDb(), params.slug)).map(toUnmatchedDto) }));

export const OPTIONS = corsPreflight(["GET"]);
