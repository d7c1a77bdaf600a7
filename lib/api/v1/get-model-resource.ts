import type { z } from "zod";
import { RatingMethod } from "@/lib/db/enums";
import { NotFoundError } from "@/lib/errors";
import { getModelDetailOrNull } from "@/lib/models/get-model-detail";
import { listModelRatingHistory } from "@/lib/models/list-model-rating-history";
import { resolveModelSlug } from "@/lib/models/resolve-model-slug";
import { countClaimsByStatus } from "@/lib/claims/count-claims-by-status";
import { cachedRead } from "@/lib/cache/cached-read";
import { cacheTags } from "@/lib/cache/cache-tags";
import { movedPermanently, ok, type JsonResult, type RedirectResult } from "../api-result";
import { noticeFor } from "./schemas/common-schemas";
import type { LatestRatingDto, ModelResponseSchema } from "./schemas/model-schemas";
import { apiPaths } from "@/lib/models/api-paths";
import { toClaimDto } from "@/lib/claims/claim-dto";
import { toModelSummaryDto } from "./to-dto";

const isRatingMethod = (m: string): m is RatingMethod => m in RatingMethod;

type ExternalLink = { label: string; url: string };

/** The model's `links` JSON column, keeping only well-formed entries. */
function externalLinks(value: unknown): ExternalLink[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v: unknown) =>
    typeof v === "object" && v !== null && "url" in v && typeof v.url === "string"
      ? [{ label: "label" in v && typeof v.label === "string" ? v.label : v.url, url: v.url }]
      : [],
  );
}

type ModelResult = JsonResult<z.output<typeof ModelResponseSchema>> | RedirectResult;

/**
 * One model with claims and latest ratings; a merged model's old slug is a
 * redirect to its current address; anything else is not found. Cached per
 * slug under model:<slug> (a redirect or a miss too, until that slug changes).
 */
export async function getModelResource(slug: string): Promise<ModelResult> {
  const result = await cachedRead(["api-model", slug], [cacheTags.model(slug)], () => buildModelResource(slug));
  if (!result) throw new NotFoundError(`No model with the slug "${slug}".`);
  return result;
}

async function buildModelResource(slug: string): Promise<ModelResult | null> {
  const model = await getModelDetailOrNull(slug);
  if (!model) {
    const resolved = await resolveModelSlug(slug);
    return resolved.kind === "moved" ? movedPermanently(apiPaths.model(resolved.slug)) : null;
  }
  const histories = await listModelRatingHistory(model);
  const ratings: LatestRatingDto[] = histories.map(({ board, latest }) => ({
    leaderboard: board.slug,
    leaderboardName: board.name,
    capturedAt: new Date(latest.t).toISOString(),
    rating: latest.rating,
    ciLow: latest.ciLow,
    ciHigh: latest.ciHigh,
    votes: latest.votes,
    rank: latest.rank,
    provisional: latest.votes !== null && latest.votes < board.minVotes,
    // Chart points carry the method as a string; anything unexpected falls back to the board's.
    method: isRatingMethod(latest.method) ? latest.method : board.method,
    isDemo: board.isDemo || model.isDemo,
  }));
  const claims = model.claims.map(toClaimDto);
  const summary = toModelSummaryDto({ ...model, claimCounts: countClaimsByStatus(model.claims) });
  const data = {
    ...summary,
    aliases: model.aliases.map((a) => a.alias),
    description: model.description,
    websiteUrl: model.websiteUrl,
    externalLinks: externalLinks(model.links),
    firstSeenAt: model.firstSeenAt?.toISOString() ?? null,
    announcedAt: model.announcedAt?.toISOString() ?? null,
    updatedAt: model.updatedAt.toISOString(),
    lifecycle: model.lifecycle.map((e) => ({ ...e, occurredAt: e.occurredAt.toISOString() })),
    claims,
    ratings,
  };
  return ok({ data, notice: noticeFor([data, ...claims, ...ratings]) });
}
