/**
 * Typed domain failures. Callers tell them apart with `instanceof` (never by
 * message text); the HTTP layer maps each kind to one status in one place.
 * Messages are written for the person who caused the failure.
 */
export abstract class DomainError extends Error {
  abstract readonly kind: "not-found" | "conflict" | "forbidden" | "policy";
}

export class NotFoundError extends DomainError {
  readonly kind = "not-found";
}

/** The request collides with the current state (duplicate, stale version). */
export class ConflictError extends DomainError {
  readonly kind = "conflict";
}

export class ForbiddenError extends DomainError {
  readonly kind = "forbidden";
}

/** Well-formed, but an editorial or business rule refuses it. */
export class PolicyViolationError extends DomainError {
  readonly kind = "policy";
  constructor(
    message: string,
    readonly rule: string,
  ) {
    super(message);
  }
}
