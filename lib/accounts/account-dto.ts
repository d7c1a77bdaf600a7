// What accounts look like outside the database module: never a password hash
// or a token hash, only what people need to recognise a user or a token.
import type { Role } from "../db/enums";
import { tokenState, type TokenState } from "./token-state";

export interface UserDto {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  createdAt: string;
  disabledAt: string | null;
}

export interface TokenDto {
  id: string;
  name: string;
  /** The first characters of the secret, to tell tokens apart; never the secret. */
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  state: TokenState;
  owner: { id: string; email: string };
}

export const USER_SELECT = { id: true, email: true, name: true, role: true, createdAt: true, disabledAt: true } as const;

export const TOKEN_SELECT = {
  id: true,
  name: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  expiresAt: true,
  revokedAt: true,
  user: { select: { id: true, email: true } },
} as const;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toUserDto(u: { id: string; email: string; name: string | null; role: Role; createdAt: Date; disabledAt: Date | null }): UserDto {
  return { id: u.id, email: u.email, name: u.name, role: u.role, createdAt: u.createdAt.toISOString(), disabledAt: iso(u.disabledAt) };
}

export function toTokenDto(
  t: {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  user: { id: string; email: string };
  },
  now: Date = new Date(),
): TokenDto {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: iso(t.lastUsedAt),
    expiresAt: iso(t.expiresAt),
    revokedAt: iso(t.revokedAt),
    state: tokenState(t, now),
    owner: { id: t.user.id, email: t.user.email },
  };
}
