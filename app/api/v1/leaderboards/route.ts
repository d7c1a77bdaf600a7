import { apiRoute } from "@/lib/api/api-route";
import { ok } from "@/lib/api/api-result";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { createLeaderboardHandler } from "@/lib/api/v1/catalog-routes";
import { getLeaderboardsPage } from "@/lib/api/v1/get-leaderboards-page";

// Thin: validation, errors and HTTP details live in apiRoute (lib/api).
export const dynamic = "force-dynamic";

export const GET = apiRoute(apiV1.listLeaderboards, async ({ query }) => ok(await getLeaderboardsPage(query)));
export const OPTIONS = corsPreflight(["GET", "POST"]);
export const POST = apiRoute(apiV1.createLeaderboard, createLeaderboardHandler);
