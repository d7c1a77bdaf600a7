import { createUser } from "../auth/create-user";
import { consumeRateLimit, type RateLimit } from "../auth/rate-limit";
import type { Db } from "../db";
import { TooManyRequestsError } from "../errors";
import { toUserDto, type UserDto } from "./account-dto";

/** Per address: enough for a household or an office, too few to mass-create accounts. */
export const SIGN_UP_IP_LIMIT: RateLimit = { limit: 10, windowMs: 60 * 60_000 };

export interface SignUpInput {
  email: string;
  password: string;
  name?: string;
}

/**
 * Creates a SUBSCRIBER account (never any other role: roles are granted by an
 * admin). Attempts count per client address, successful or not; requests
 * without a known address share one bucket, so hiding it gains nothing.
 */
export async function signUp(db: Db, input: SignUpInput, ip: string | null): Promise<UserDto> {
  const limit = await consumeRateLimit(db, `signup:ip:${ip ?? "unknown"}`, SIGN_UP_IP_LIMIT);
  if (!limit.allowed) {
    throw new TooManyRequestsError(
      `Too many sign-ups from your address. Try again in ${Math.ceil(limit.retryAfterSeconds / 60)} minutes.`,
      limit.retryAfterSeconds,
    );
  }
  const user = await createUser(db, { email: input.email, password: input.password, name: input.name, role: "SUBSCRIBER" });
  return toUserDto(user);
}
