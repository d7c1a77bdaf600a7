import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db";
import { runMutation } from "../db/run-mutation";
import { NotFoundError } from "../errors";

/** Stops watching a board; notifications already received stay. */
export async function removeBoardWatch(db: Db, actor: Actor, slug: string): Promise<void> {
  await runMutation(db, actor, async ({ tx }) => {
    const watch = await tx.boardWatch.findFirst({ where: { userId: actor.userId, leaderboard: { slug } }, select: { id: true } });
    if (!watch) throw new NotFoundError(`You are not watching a leaderboard with the slug ${slug}.`);
    await tx.boardWatch.delete({ where: { id: watch.id } });
    await recordAudit(tx, { actor, action: "watch.board-remove", entityType: "BoardWatch", entityId: watch.id, data: { leaderboard: slug } });
  });
}
