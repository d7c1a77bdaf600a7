import type { Db, Tx } from "../db";
import { UserNotFoundError } from "./auth-errors";
import { normalizeEmail } from "./normalize-email";

/** Looks a user up by email as typed (normalised the way it was stored). */
export function findUserByEmail(db: Db | Tx, email: string) {
  return db.user.findUnique({ where: { email: normalizeEmail(email) } });
}

export async function findUserByEmailOrThrow(db: Db | Tx, email: string) {
  const user = await findUserByEmail(db, email);
  if (!user) throw new UserNotFoundError({ email: normalizeEmail(email) });
  return user;
}
