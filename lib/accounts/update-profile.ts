import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db";
import { runMutation } from "../db/run-mutation";
import { toUserDto, USER_SELECT, type UserDto } from "./account-dto";

/** Changes the caller's own display name (null clears it). */
export async function updateProfile(db: Db, actor: Actor, input: { name: string | null }): Promise<UserDto> {
  return runMutation(db, actor, async ({ tx }) => {
    const user = await tx.user.update({ where: { id: actor.userId }, data: { name: input.name }, select: USER_SELECT });
    await recordAudit(tx, { actor, action: "account.update", entityType: "User", entityId: actor.userId, data: { name: input.name } });
    return toUserDto(user);
  });
}
