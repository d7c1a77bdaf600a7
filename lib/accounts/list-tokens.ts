import type { Db } from "../db";
import { TOKEN_SELECT, toTokenDto, type TokenDto } from "./account-dto";

/** One user's tokens, newest first (revoked ones too: the list is also a record). */
export async function listUserTokens(db: Db, userId: string): Promise<TokenDto[]> {
  const rows = await db.apiToken.findMany({ where: { userId }, select: TOKEN_SELECT, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  const now = new Date();
  return rows.map((row) => toTokenDto(row, now));
}

/** Every token of every user, newest first: the admin's overview. */
export async function listAllTokens(db: Db): Promise<TokenDto[]> {
  const rows = await db.apiToken.findMany({ select: TOKEN_SELECT, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 500 });
  const now = new Date();
  return rows.map((row) => toTokenDto(row, now));
}
