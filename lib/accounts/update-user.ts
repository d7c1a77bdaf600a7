import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db";
import type { Role } from "../db/enums";
import { runMutation } from "../db/run-mutation";
import { NotFoundError } from "../errors";
import { toUserDto, USER_SELECT, type UserDto } from "./account-dto";
import { checkUserChange, type UserChange } from "./user-change-policy";

export interface UpdateUserInput extends UserChange {
  /** Why, for the audit log. */
  note?: string;
}

/**
 * An admin changes a user's role or disables/enables the account. Takes
 * effect on the user's next request: roles and the disabled flag are read
 * from the database on every request, tokens and sessions included.
 */
export async function updateUser(db: Db, actor: Actor, userId: string, input: UpdateUserInput): Promise<UserDto> {
  return runMutation(db, actor, async ({ tx }) => {
    // Lock every active admin row: two admins demoting each other at once
    // must not both pass the last-admin check.
    const admins = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "User" WHERE "role" = 'ADMIN' AND "disabledAt" IS NULL ORDER BY "id" FOR UPDATE`;
    const target = await tx.user.findUnique({ where: { id: userId }, select: USER_SELECT });
    if (!target) throw new NotFoundError(`No user with the id ${userId}.`);
    checkUserChange(input, {
      actorId: actor.userId,
      target: { id: target.id, role: target.role, disabled: target.disabledAt !== null },
      activeAdmins: admins.length,
    });

    const data: { role?: Role; disabledAt?: Date | null; sessionsValidFrom?: Date } = {};
    const changes: Record<string, { from: string | null; to: string | null }> = {};
    if (input.role !== undefined && input.role !== target.role) {
      data.role = input.role;
      changes.role = { from: target.role, to: input.role };
    }
    if (input.disabled !== undefined && input.disabled !== (target.disabledAt !== null)) {
      const now = new Date();
      data.disabledAt = input.disabled ? now : null;
      // Disabling ends every session for good: enabling the account again must not revive them.
      if (input.disabled) data.sessionsValidFrom = now;
      changes.disabledAt = { from: target.disabledAt?.toISOString() ?? null, to: input.disabled ? now.toISOString() : null };
    }
    if (Object.keys(changes).length === 0) return toUserDto(target);

    const user = await tx.user.update({ where: { id: userId }, data, select: USER_SELECT });
    const note = input.note ?? null;
    if (changes.role) {
      await recordAudit(tx, { actor, action: "user.role-change", entityType: "User", entityId: userId, data: { ...changes.role, email: user.email, note } });
    }
    if (changes.disabledAt) {
      const action = input.disabled ? "user.disable" : "user.enable";
      await recordAudit(tx, { actor, action, entityType: "User", entityId: userId, data: { email: user.email, note } });
    }
    return toUserDto(user);
  });
}
