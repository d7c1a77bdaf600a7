import type { Db } from "../db";
import { TOKEN_SELECT, toTokenDto, type TokenDto } from "./account-dto";

/** One user's tokens, newest first (revoked ones too: the list is also a record). */
export async function listUserTokens(db: Db, userId: string): Promise<TokenDto[]> {
  const rows = await db.apiToken.findMany({ where: { userId }, select: TOKEN_SELECT, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  return rows.map(toTokenDto);
}

/** Every token of every user, newest first: the admin's overview. */
export async function listAllTokens(db: Db): Promise<TokenDto[]> {
  const rows = await db.apiToken.findMany({ select: TOKEN_SELECT, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 500 });
  return rows.map(toTokenDto);
}
