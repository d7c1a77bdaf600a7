import { apiRoute } from "@/lib/api/api-route";
import { created } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { importSnapshots } from "@/lib/catalog/import-snapshots";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

export const POST = apiRoute(apiV1.importSnapshots, async ({ params, body, actor }) =>
  created({ data: await importSnapshots(await getDb(), actor, params.slug, body.csv !== undefined ? { csv: body.csv } : { rows: body.rows ?? [] }) }),
);
export const OPTIONS = corsPreflight(["POST"]);
