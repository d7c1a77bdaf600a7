// Handlers of the catalog writes that share a route file with public reads
// (app/api/v1/models, app/api/v1/models/[slug], app/api/v1/leaderboards):
// those files bind them in one line each, so the reads stay untouched.
import type { HandlerInput } from "@/lib/api/api-route";
import { created, ok } from "@/lib/api/api-result";
import type { Endpoint } from "@/lib/api/endpoint";
import { readIfMatchVersion } from "@/lib/api/if-match";
import type { apiV1 } from "@/lib/api/v1/endpoints";
import { createLeaderboard } from "@/lib/catalog/create-leaderboard";
import { createModel } from "@/lib/catalog/create-model";
import { updateModel } from "@/lib/catalog/update-model";
import { getDb } from "@/lib/db";
import { redirectIfMoved } from "./redirect-if-moved";

type InputOf<E> = E extends Endpoint<infer Q, infer P, infer _R, infer B, infer A> ? HandlerInput<Q, P, B, A> : never;

export async function createModelHandler({ body, actor }: InputOf<typeof apiV1.createModel>) {
  return created({ data: await createModel(await getDb(), actor, body) });
}

export async function updateModelHandler({ params, body, actor, request }: InputOf<typeof apiV1.updateModel>) {
  const db = await getDb();
  const version = readIfMatchVersion(request);
  return (await redirectIfMoved(db, params.slug)) ?? ok({ data: await updateModel(db, actor, params.slug, version, body) });
}

export async function createLeaderboardHandler({ body, actor }: InputOf<typeof apiV1.createLeaderboard>) {
  return created({ data: await createLeaderboard(await getDb(), actor, body) });
}
