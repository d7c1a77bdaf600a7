import { PreconditionRequiredError, RequestValidationError } from "../errors";

/**
 * The version a conditional write was based on, from `If-Match: <version>`
 * (quoted or not, weak or strong: versions are our own integers).
 */
export function readIfMatchVersion(request: Request): number {
  const header = request.headers.get("if-match");
  if (header === null || header.trim() === "") {
    throw new PreconditionRequiredError(
      "This write needs `If-Match: <version>` with the version you last read, so a concurrent change is never overwritten.",
    );
  }
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!match?.[1]) {
    throw new RequestValidationError("header", [{ name: "If-Match", reason: "must be the resource's version, e.g. \"3\"" }]);
  }
  return Number(match[1]);
}
