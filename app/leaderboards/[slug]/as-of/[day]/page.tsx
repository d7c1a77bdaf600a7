import type { Metadata } from "next";
import { parseAsOfDate } from "@/lib/leaderboards/parse-as-of-date";
import { BoardPage, boardMetadata } from "../../board-page";

// /leaderboards/{slug}?at={day}, rewritten here (next.config.js) so each day
// is a cached page of its own, expired with the board's tag like the latest view.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams(): { slug: string; day: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string; day: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, day } = await params;
  return boardMetadata(slug, parseAsOfDate(day));
}

export default async function LeaderboardAsOfPage({ params }: Props) {
  const { slug, day } = await params;
  return <BoardPage slug={slug} asOf={parseAsOfDate(day)} />;
}
