import type { Metadata } from "next";
import { UnmatchedByBoard } from "@/components/leaderboard-sources/unmatched-by-board";
import { ReviewQueue } from "@/components/review-queue/review-queue";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { getDb } from "@/lib/db";
import { ReviewStatus } from "@/lib/db/enums";
import { countReviewLanguages } from "@/lib/news/review/count-review-languages";
import { listModelChoices } from "@/lib/news/review/list-model-choices";
import { listReviewAssignees } from "@/lib/news/review/list-review-assignees";
import { listReviewQueue } from "@/lib/news/review/list-review-queue";
import { listModelChoices as listCatalogModels } from "@/lib/models/list-model-choices";
import { listUnmatchedByBoard } from "@/lib/sources/list-unmatched";

export const metadata: Metadata = { title: "Review queue" };

const PAGE_SIZE = 50;

type Search = Promise<Record<string, string | string[] | undefined>>;

function one(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export default async function ReviewQueuePage({ searchParams }: { searchParams: Search }) {
  const actor = await requirePageActor("news.review", "/editor/queue");
  const search = await searchParams;
  const stateParam = one(search.state);
  const state = Object.values(ReviewStatus).find((s) => s === stateParam) ?? "NEW";
  const mine = one(search.assignee) === "me";
  const languageParam = one(search.language);
  const language = languageParam && /^[a-z]{2,3}$/.test(languageParam) ? languageParam : undefined;
  const assigneeId = mine ? actor.userId : undefined;
  const db = await getDb();
  const [page, languages, assignees, models] = await Promise.all([
    listReviewQueue(db, { state, assigneeId, language, limit: PAGE_SIZE }),
    countReviewLanguages(db, state, assigneeId),
    listReviewAssignees(db),
    listModelChoices(db),
  ]);
  // Leaderboard names wait here too, for editors who may resolve them.
  const unmatched = can(actor.role, "leaderboards.edit") ? await Promise.all([listUnmatchedByBoard(db), listCatalogModels(db)]) : null;
  return (
    <>
      <ReviewQueue
        key={`${state}-${mine}-${language ?? ""}`}
        state={state}
        mine={mine}
        language={language ?? null}
        languages={languages}
        items={page.items}
        counts={page.counts}
        hasMore={page.next !== null}
        assignees={assignees}
        models={models}
      />
      {unmatched ? <UnmatchedByBoard groups={unmatched[0]} models={unmatched[1]} /> : null}
    </>
  );
}
