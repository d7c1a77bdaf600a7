import type { ZodError } from "zod";

/**
 * Typed domain failures. Callers tell them apart with `instanceof` (never by
 * message text); the HTTP layer maps each kind to one status in one place.
 * Messages are written for the person who caused the failure.
 */
export abstract class DomainError extends Error {
  abstract readonly kind:
    | "invalid-input"
    | "not-found"
    | "conflict"
    | "forbidden"
    | "policy"
    | "unauthenticated"
    | "precondition-required"
    | "rate-limited"
    | "method-not-allowed";
}

export class NotFoundError extends DomainError {
  readonly kind = "not-found";
}

/** The request collides with the current state (duplicate, stale version). */
export class ConflictError extends DomainError {
  readonly kind = "conflict";
  /** What the caller needs to reconcile, e.g. `{ current: <the resource as it is now> }`. */
  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
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

/** No credentials, or credentials that are no longer accepted (revoked token, disabled account). */
export class UnauthenticatedError extends DomainError {
  readonly kind = "unauthenticated";
}

/** A conditional write sent without its precondition (PATCH without If-Match). */
export class PreconditionRequiredError extends DomainError {
  readonly kind = "precondition-required";
}

/** Too many attempts from this address or at this account; try again after `retryAfterSeconds`. */
export class TooManyRequestsError extends DomainError {
  readonly kind = "rate-limited";
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

/** The path exists but does not answer this method; `allowed` lists the ones it does. */
export class MethodNotAllowedError extends DomainError {
  readonly kind = "method-not-allowed";
  constructor(
    message: string,
    readonly allowed: readonly string[],
  ) {
    super(message);
  }
}

/** One refused input: which parameter (or body field, dotted) and why. */
export interface InvalidParam {
  name: string;
  reason: string;
}

/** Where a rejected input came from; used when a zod issue has no path of its own. */
export type InputLocation = "query" | "path" | "body" | "header";

/**
 * Malformed input, refused by apiRoute() before the handler runs or by the
 * domain while reading it (an import's rows). Carries every refused parameter
 * plus where the input was, so a root-level issue still names something.
 */
export class RequestValidationError extends DomainError {
  readonly kind = "invalid-input";
  constructor(
    readonly location: InputLocation,
    readonly params: InvalidParam[],
  ) {
    super(`invalid ${location}: ${params.map((p) => p.name).join(", ")}`);
  }

  static fromZod(location: InputLocation, err: ZodError): RequestValidationError {
    return new RequestValidationError(location, invalidParamsFromZod(err, location));
  }
}

/** zod issues → named parameters; unknown keys become one entry per key. */
export function invalidParamsFromZod(err: ZodError, fallbackName: string): InvalidParam[] {
  return err.issues.flatMap((issue): InvalidParam[] => {
    if (issue.code === "unrecognized_keys") {
      const prefix = issue.path.length ? `${issue.path.join(".")}.` : "";
      return issue.keys.map((k) => ({ name: `${prefix}${k}`, reason: "not a parameter of this endpoint" }));
    }
    const name = issue.path.length ? issue.path.map(String).join(".") : fallbackName;
    return [{ name, reason: issue.message }];
  });
}
