// The one place where failures become HTTP. Every route goes through
// apiRoute(), which catches whatever a handler throws and hands it here; the
// kind of error (its class), never its message text, decides the status.
import { ZodError } from "zod";
import {
  ConflictError,
  invalidParamsFromZod,
  ForbiddenError,
  MethodNotAllowedError,
  NotFoundError,
  PolicyViolationError,
  PreconditionRequiredError,
  RequestValidationError,
  TooManyRequestsError,
  UnauthenticatedError,
  type InvalidParam,
} from "@/lib/errors";
import { CORS_HEADERS } from "./cors";

/** A request body larger than its endpoint takes; `maxBytes` is the limit, `limit` says it in words. */
export class PayloadTooLargeError extends Error {
  constructor(
    readonly maxBytes: number,
    readonly limit: string,
  ) {
    super(`request body over ${limit}`);
  }
}

/** RFC 9457 problem details, with `errors` naming bad parameters and `rule` naming a refused policy. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  errors?: InvalidParam[];
  rule?: string;
  /** Extension members, e.g. `current` on a 409: the resource as it is now. */
  [extension: string]: unknown;
}

export const PROBLEM_KINDS = {
  "invalid-parameters": { status: 400, title: "Invalid request parameters" },
  unauthenticated: { status: 401, title: "Authentication required" },
  forbidden: { status: 403, title: "Forbidden" },
  "not-found": { status: 404, title: "Not found" },
  "method-not-allowed": { status: 405, title: "Method not allowed" },
  conflict: { status: 409, title: "Conflict with the current state" },
  "policy-violation": { status: 422, title: "Refused by editorial policy" },
  "payload-too-large": { status: 413, title: "Request body too large" },
  "precondition-required": { status: 428, title: "Precondition required" },
  "too-many-requests": { status: 429, title: "Too many requests" },
  internal: { status: 500, title: "Internal server error" },
} as const;

export type ProblemKind = keyof typeof PROBLEM_KINDS;

/** Problem types are documented on the API docs page; the URI points at the section. */
export function problemType(kind: ProblemKind): string {
  return `/docs/api#problem-${kind}`;
}

function make(kind: ProblemKind, detail: string, instance: string, extra: Partial<Problem> = {}): Problem {
  const { status, title } = PROBLEM_KINDS[kind];
  return { type: problemType(kind), title, status, detail, instance, ...extra };
}

function describeInvalid(params: InvalidParam[]): string {
  const [first] = params;
  if (params.length === 1 && first) return `Invalid parameter \`${first.name}\`: ${first.reason}`;
  return `${params.length} parameters are invalid: ${[...new Set(params.map((p) => p.name))].join(", ")}.`;
}

/**
 * Maps anything a handler threw to a problem. Domain errors carry messages
 * written for the caller; anything else is a bug and says nothing about itself.
 */
export function toProblem(err: unknown, instance: string): Problem {
  if (err instanceof RequestValidationError) {
    return make("invalid-parameters", describeInvalid(err.params), instance, { errors: err.params });
  }
  // Domain code may validate its own input with zod (a future POST body's deeper rules).
  if (err instanceof ZodError) {
    const params = invalidParamsFromZod(err, "body");
    return make("invalid-parameters", describeInvalid(params), instance, { errors: params });
  }
  if (err instanceof PayloadTooLargeError) {
    return make("payload-too-large", `The request body is larger than this endpoint takes: at most ${err.limit} (${err.maxBytes} bytes).`, instance, {
      maxBytes: err.maxBytes,
    });
  }
  if (err instanceof NotFoundError) return make("not-found", err.message, instance);
  if (err instanceof MethodNotAllowedError) return make("method-not-allowed", err.message, instance, { allowed: [...err.allowed] });
  if (err instanceof ForbiddenError) return make("forbidden", err.message, instance);
  if (err instanceof ConflictError) return make("conflict", err.message, instance, err.details);
  if (err instanceof UnauthenticatedError) return make("unauthenticated", err.message, instance);
  if (err instanceof PreconditionRequiredError) return make("precondition-required", err.message, instance);
  if (err instanceof TooManyRequestsError) {
    return make("too-many-requests", err.message, instance, { retryAfter: err.retryAfterSeconds });
  }
  if (err instanceof PolicyViolationError) return make("policy-violation", err.message, instance, { rule: err.rule });
  return make("internal", "Something went wrong on our side. It has been logged; please try again later.", instance);
}

/** A problem as an HTTP response. Never cached: the next try may succeed. */
export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: {
      ...CORS_HEADERS,
      "Content-Type": "application/problem+json; charset=utf-8",
      "Cache-Control": "no-store",
      ...headers,
    },
  });
}
