import { apiRoute } from "@/lib/api/api-route";
import { corsPreflight } from "@/lib/api/cors";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { getDb } from "@/lib/db";
import { ok } from "@/lib/api/api-result";
import { removeBoardWatch } from "@/lib/watch/remove-board-watch";
import { setBoardWatch } from "@/lib/watch/set-board-watch";

export const dynamic = "force-dynamic";

export const PUT = apiRoute(apiV1.putBoardWatch, async ({ params, body, actor }) => {
  const { watch } = await setBoardWatch(await getDb(), actor, params.slug, body ?? {});
  return ok({ data: watch });
});

export const DELETE = apiRoute(apiV1.deleteBoardWatch, async ({ params, actor }) => {
  await removeBoardWatch(await getDb(), actor, params.slug);
  return ok({ data: { leaderboard: params.slug, watching: false as const } });
});

export const OPTIONS = corsPreflight(["PUT", "DELETE"]);
