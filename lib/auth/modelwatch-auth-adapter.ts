// The part of next-auth's adapter interface our sign-in methods use, over our
// own tables: magic-link tokens in VerificationToken (purpose "magic-link",
// holding only the hash next-auth passes in), users created as SUBSCRIBERs,
// OAuth identities in Account. Sessions stay JWTs, so no session methods.
import type { Adapter, AdapterAccount, AdapterUser } from "next-auth/adapters";
import { Role, type Db } from "../db";
import { recordAudit } from "../audit/record-audit";
import { normalizeEmail } from "./normalize-email";

export const MAGIC_LINK_PURPOSE = "magic-link";

const USER_FIELDS = { id: true, email: true, name: true, emailVerifiedAt: true } as const;

function toAdapterUser(user: { id: string; email: string; name: string | null; emailVerifiedAt: Date | null }): AdapterUser {
  return { id: user.id, email: user.email, name: user.name, emailVerified: user.emailVerifiedAt };
}

/**
 * The owner of the address just proved it with an e-mail link. If the account's password was
 * never proven (set at sign-up by whoever typed this address), it may be an impostor's who
 * pre-registered it: the password goes, and every other session ends.
 */
async function markAddressProven(db: Db, userId: string, at: Date) {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { emailVerifiedAt: true, passwordHash: true } });
    if (before.emailVerifiedAt) return tx.user.findUniqueOrThrow({ where: { id: userId }, select: USER_FIELDS });
    const unproven = before.passwordHash !== null;
    const updated = await tx.user.update({
      where: { id: userId },
      data: unproven ? { emailVerifiedAt: at, passwordHash: null, sessionsValidFrom: at } : { emailVerifiedAt: at },
      select: USER_FIELDS,
    });
    if (unproven) await recordAudit(tx, { actor: { userId }, action: "account.unproven-password-remove", entityType: "User", entityId: userId });
    return updated;
  });
}

export function modelwatchAuthAdapter(getDb: () => Promise<Db>): Adapter {
  return {
    async createUser(user: Omit<AdapterUser, "id">) {
      // Sign-up by e-mail link or GitHub: always the least privileged role.
      const created = await (await getDb()).user.create({
        data: {
          email: normalizeEmail(user.email),
          name: user.name ?? null,
          role: Role.SUBSCRIBER,
          emailVerifiedAt: user.emailVerified ?? null,
        },
        select: USER_FIELDS,
      });
      return toAdapterUser(created);
    },
    async getUser(id) {
      const user = await (await getDb()).user.findUnique({ where: { id }, select: USER_FIELDS });
      return user ? toAdapterUser(user) : null;
    },
    async getUserByEmail(email) {
      const user = await (await getDb()).user.findUnique({ where: { email: normalizeEmail(email) }, select: USER_FIELDS });
      return user ? toAdapterUser(user) : null;
    },
    async getUserByAccount({ provider, providerAccountId }) {
      const account = await (await getDb()).account.findUnique({
        where: { provider_providerAccountId: { provider, providerAccountId } },
        select: { user: { select: USER_FIELDS } },
      });
      return account ? toAdapterUser(account.user) : null;
    },
    async updateUser(user) {
      // next-auth only ever marks an address verified (after an e-mail link was used).
      if (!user.emailVerified) {
        return toAdapterUser(await (await getDb()).user.findUniqueOrThrow({ where: { id: user.id }, select: USER_FIELDS }));
      }
      return toAdapterUser(await markAddressProven(await getDb(), user.id, user.emailVerified));
    },
    async linkAccount(account: AdapterAccount) {
      // OAuth access tokens are not kept: we only need to recognise the identity.
      await (await getDb()).account.create({
        data: { userId: account.userId, provider: account.provider, providerAccountId: account.providerAccountId },
      });
    },
    async createVerificationToken({ identifier, token, expires }) {
      await (await getDb()).verificationToken.create({
        data: { identifier: normalizeEmail(identifier), purpose: MAGIC_LINK_PURPOSE, tokenHash: token, expiresAt: expires },
      });
      return { identifier, token, expires };
    },
    async useVerificationToken({ identifier, token }) {
      const db = await getDb();
      const where = { tokenHash: token, identifier: normalizeEmail(identifier), purpose: MAGIC_LINK_PURPOSE };
      // One conditional update spends the link: a second click (or a race) finds nothing.
      const spent = await db.verificationToken.updateMany({ where: { ...where, usedAt: null }, data: { usedAt: new Date() } });
      if (spent.count !== 1) return null;
      const row = await db.verificationToken.findUniqueOrThrow({ where: { tokenHash: token }, select: { expiresAt: true } });
      return { identifier, token, expires: row.expiresAt };
    },
  };
}
