import { apiRoute } from "@/lib/api/api-route";
import { ok } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { getDb } from "@/lib/db";
import { listJobs } from "@/lib/jobs/list-jobs";

export const dynamic = "force-dynamic";

export const GET = apiRoute(apiV1.listJobs, async ({ query }) => ok({ data: await listJobs(await getDb(), query) }));

export const OPTIONS = corsPreflight(["GET"]);
