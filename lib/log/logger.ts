// The one logger: pino, JSON lines in production (one object per line, for a
// collector), a readable line in development. Levels: LOG_LEVEL, default
// `info` (`warn` under tests). Anything that looks like a secret is replaced
// before it is written: passwords, tokens, secrets, cookies, auth headers.
import pino, { type DestinationStream, type Logger } from "pino";
import { formatLogLine } from "./format-log-line";

export type { Logger };

const LEVELS = new Set(["fatal", "error", "warn", "info", "debug", "trace", "silent"]);

/** Keys never written, at the top level or one level down (`{ body: { password } }`). */
const SECRET_KEYS = ["password", "newPassword", "currentPassword", "secret", "token", "authorization", "cookie", "set-cookie", "x-modelwatch-signature"];
export const REDACT_PATHS = SECRET_KEYS.flatMap((k) => [`["${k}"]`, `*["${k}"]`]);

export interface LoggerOptions {
  level?: string;
  /** Readable lines instead of JSON. Default: outside production. */
  pretty?: boolean;
  /** Where lines go; default stderr (stdout stays the CLI's answer). */
  destination?: DestinationStream;
}

function defaultLevel(): string {
  const configured = process.env.LOG_LEVEL?.toLowerCase();
  if (configured && LEVELS.has(configured)) return configured;
  return process.env.NODE_ENV === "test" ? "warn" : "info";
}

export function createLogger(opts: LoggerOptions = {}): Logger {
  const pretty = opts.pretty ?? process.env.NODE_ENV !== "production";
  const out = opts.destination ?? { write: (line: string) => void process.stderr.write(line) };
  const destination: DestinationStream = pretty ? { write: (line: string) => out.write(formatLogLine(line)) } : out;
  return pino(
    {
      level: opts.level ?? defaultLevel(),
      base: { app: "modelwatch" },
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      serializers: { err: pino.stdSerializers.err },
    },
    destination,
  );
}

let root: Logger | undefined;

/** The process's logger; areas take a child with what identifies their work (`{ job }`, `{ feed }`). */
export function getLogger(): Logger {
  root ??= createLogger();
  return root;
}

export interface RequestLogContext {
  method: string;
  /** The path without its query string: a query may carry a secret (an unsubscribe token). */
  path: string;
  userId?: string | null;
  tokenId?: string | null;
}

/** One child logger per request: every line it writes names the request, the user and the token. */
export function requestLogger(parent: Logger, ctx: RequestLogContext): Logger {
  return parent.child({ method: ctx.method, path: ctx.path, userId: ctx.userId ?? undefined, tokenId: ctx.tokenId ?? undefined });
}
