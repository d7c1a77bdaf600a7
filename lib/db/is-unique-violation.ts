import { Prisma } from "./generated/client";

/**
 * True when a write failed on a unique index, on either database. The two
 * driver adapters disagree: @prisma/adapter-pg reports Prisma's P2002, while
 * pglite-prisma-adapter 0.6.1 passes PostgreSQL's raw error through as a
 * DriverAdapterError whose cause carries SQLSTATE 23505. Checking the code
 * (not the message) keeps this exact on both.
 */
export function isUniqueViolation(err: unknown): boolean {
  if (err instanceof Prisma.PrismaClientKnownRequestError) return err.code === "P2002";
  if (!(err instanceof Error) || err.name !== "DriverAdapterError") return false;
  const cause: unknown = err.cause;
  if (typeof cause !== "object" || cause === null) return false;
  const { kind, code, originalCode } = cause as { kind?: unknown; code?: unknown; originalCode?: unknown };
  return kind === "UniqueConstraintViolation" || code === "23505" || originalCode === "23505";
}
