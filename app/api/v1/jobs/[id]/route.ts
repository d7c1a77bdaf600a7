import { apiRoute } from "@/lib/api/api-route";
import { ok } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { getDb } from "@/lib/db";
import { getJob } from "@/lib/jobs/get-job";

export const dynamic = "force-dynamic";

export const GET = apiRoute(apiV1.getJob, async ({ params }) => ok({ data: await getJob(await getDb(), params.id) }));

export const OPTIONS = corsPreflight(["GET"]);
