import type { Metadata } from "next";
import { BoardPage, boardMetadata } from "./board-page";

// The latest standings: rendered on first request and served from the cache
// until a change to the board expires its tag (lib/cache); never at build time.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

const LATEST = { kind: "latest" } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return boardMetadata((await params).slug, LATEST);
}

export default async function LeaderboardPage({ params }: Props) {
  return <BoardPage slug={(await params).slug} asOf={LATEST} />;
}
