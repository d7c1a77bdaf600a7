import type { Db } from "../db";
import { toUserDto, USER_SELECT, type UserDto } from "./account-dto";

export interface AdminUserRow extends UserDto {
  /** Tokens not revoked (expired ones included: they are still listed). */
  activeTokens: number;
}

/** Every user for the admin table: admins first, then editors, then by e-mail. */
export async function listUsers(db: Db): Promise<AdminUserRow[]> {
  const rows = await db.user.findMany({
    select: { ...USER_SELECT, _count: { select: { tokens: { where: { revokedAt: null } } } } },
    orderBy: [{ role: "desc" }, { email: "asc" }],
    take: 1000,
  });
  return rows.map(({ _count, ...u }) => ({ ...toUserDto(u), activeTokens: _count.tokens }));
}
