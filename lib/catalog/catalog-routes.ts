// Handlers of the catalog writes that share a route file with public reads
// (app/api/v1/models, app/api/v1/models/[slug], app/api/v1/leaderboards):
// those files re-export them, so the reads stay untouched.
import { apiRoute } from "@/lib/api/api-route";
import { created, ok } from "@/lib/api/api-result";
import { readIfMatchVersion } from "@/lib/api/if-match";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { getDb } from "@/lib/db";
import { createLeaderboard } from "./create-leaderboard";
import { createModel } from "./create-model";
import { redirectIfMoved } from "./redirect-if-moved";
import { updateModel } from "./update-model";

export const createModelRoute = apiRoute(apiV1.createModel, async ({ body, actor }) =>
  created({ data: await createModel(await getDb(), actor, body) }),
);

export const updateModelRoute = apiRoute(apiV1.updateModel, async ({ params, body, actor, request }) => {
  const db = await getDb();
  const version = readIfMatchVersion(request);
  return (await redirectIfMoved(db, params.slug)) ?? ok({ data: await updateModel(db, actor, params.slug, version, body) });
});

export const createLeaderboardRoute = apiRoute(apiV1.createLeaderboard, async ({ body, actor }) =>
  created({ data: await createLeaderboard(await getDb(), actor, body) }),
);
