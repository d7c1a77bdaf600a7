// The rules that keep the site administrable, as a pure function: an admin
// cannot lock themself out, and the last active admin cannot be removed.
import type { Role } from "../db/enums";
import { ConflictError, PolicyViolationError } from "../errors";

export interface UserChange {
  role?: Role;
  disabled?: boolean;
}

export interface UserChangeContext {
  actorId: string;
  target: { id: string; role: Role; disabled: boolean };
  /** Active (not disabled) admins right now, the target included if it is one. */
  activeAdmins: number;
}

/** Whether the change takes an active admin away (demoted or disabled). */
export function removesActiveAdmin(target: UserChangeContext["target"], change: UserChange): boolean {
  if (target.role !== "ADMIN" || target.disabled) return false;
  return (change.role !== undefined && change.role !== "ADMIN") || change.disabled === true;
}

/** Throws when the change is refused: 422 for locking oneself out, 409 for the last admin. */
export function checkUserChange(change: UserChange, ctx: UserChangeContext): void {
  if (ctx.target.id === ctx.actorId) {
    if (change.role !== undefined && change.role !== ctx.target.role) {
      throw new PolicyViolationError("You cannot change your own role; ask another admin.", "no-self-role-change");
    }
    if (change.disabled === true) {
      throw new PolicyViolationError("You cannot disable your own account; ask another admin.", "no-self-disable");
    }
  }
  if (removesActiveAdmin(ctx.target, change) && ctx.activeAdmins <= 1) {
    throw new ConflictError("This is the last active admin: make someone else an admin first.", { activeAdmins: ctx.activeAdmins });
  }
}
