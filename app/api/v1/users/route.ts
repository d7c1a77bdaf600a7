import { apiRoute } from "@/lib/api/api-route";
import { ok } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { listUsers } from "@/lib/accounts/list-users";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(apiV1.listUsers, async () => ok({ data: await listUsers(await getDb()) }));

export const OPTIONS = corsPreflight(["GET"]);
