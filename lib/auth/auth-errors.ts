/**
 * Typed failures of the account functions. Callers (CLI, server actions, the
 * API) tell them apart with `instanceof`, never by message text; the message
 * is written for the person who caused it.
 */
import { ConflictError, ForbiddenError, NotFoundError } from "../errors";

export class DuplicateEmailError extends ConflictError {
  override name = "DuplicateEmailError";
  constructor(readonly email: string) {
    super(`A user with the email ${email} already exists.`);
  }
}

export class UserNotFoundError extends NotFoundError {
  override name = "UserNotFoundError";
  constructor(readonly lookup: { email?: string; id?: string }) {
    super(lookup.email ? `No user with the email ${lookup.email}.` : `No user with the id ${lookup.id ?? "?"}.`);
  }
}

export class UserDisabledError extends ForbiddenError {
  override name = "UserDisabledError";
  constructor(readonly email: string) {
    super(`The user ${email} is disabled.`);
  }
}
