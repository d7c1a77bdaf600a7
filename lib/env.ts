import { z } from "zod";
import { parseTrustedProxies } from "./server/trusted-proxies";

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no", ""])
  .optional()
  .transform((v) => v === "true" || v === "1" || v === "yes");

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    MODELWATCH_DATA_DIR: z.string().min(1).default("./data"),
    MODELWATCH_AUTO_SEED: z
      .enum(["true", "false"])
      .optional()
      .transform((v) => (v === undefined ? undefined : v === "true")),
    MODELWATCH_DEMO_ACCOUNTS: bool,
    // Feeds on private, loopback or link-local addresses are refused (SSRF) unless this is set (tests, intranets).
    FEED_ALLOW_PRIVATE_NETWORKS: bool,
    // Background work (feed ingestion, jobs): "auto" runs it inside the web server on the embedded
    // database and leaves it to `npm run worker` processes on PostgreSQL.
    MODELWATCH_WORKER: z.enum(["auto", "in-process", "off"]).default("auto"),
    // Feeds one worker fetches at the same time.
    MODELWATCH_INGEST_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(8),
    // Webhook targets on private, loopback or link-local addresses are refused (SSRF) unless this is set.
    WEBHOOK_ALLOW_PRIVATE_NETWORKS: bool,
    // Reverse proxies whose X-Forwarded-For/Host/Proto are believed (addresses or CIDR ranges,
    // comma-separated). Unset: nobody's; the client is the socket's peer.
    TRUSTED_PROXIES: z
      .string()
      .optional()
      .superRefine((v, ctx) => {
        try {
          parseTrustedProxies(v);
        } catch (err) {
          ctx.addIssue({ code: "custom", message: (err as Error).message });
        }
      }),
    NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    NEXTAUTH_URL: z.string().url().optional(),
    // E-mail (sign-in links, password reset): off unless SMTP_URL is set.
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL, e.g. smtps://user:pass@mail.example:465")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    MAIL_FROM: z.string().min(3).default("Modelwatch <no-reply@modelwatch.local>"),
    // GitHub sign-in: on when both are set.
    GITHUB_ID: z.string().min(1).optional().or(z.literal("").transform(() => undefined)),
    GITHUB_SECRET: z.string().min(1).optional().or(z.literal("").transform(() => undefined)),
    // The server's in-memory cache of anonymous public reads (lib/server/front-cache), in MiB; 0 turns it off.
    MODELWATCH_PAGE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(64),
    // The s-maxage public pages tell CDNs and shared caches: how long a correction may take to show there.
    MODELWATCH_CDN_MAX_AGE: z.coerce.number().int().min(0).max(86_400).default(30),
    // Server processes `npm start` runs on one port (PostgreSQL only: the embedded database has one process).
    MODELWATCH_WEB_PROCESSES: z.coerce.number().int().min(1).max(64).default(1),
  })
  .transform((e) => ({
    ...e,
    isProduction: e.NODE_ENV === "production",
    databaseKind: e.DATABASE_URL ? ("postgres" as const) : ("pglite" as const),
    // Demo data is seeded automatically only into an empty embedded database,
    // unless the operator says otherwise.
    autoSeed: e.MODELWATCH_AUTO_SEED ?? !e.DATABASE_URL,
    mailEnabled: e.SMTP_URL !== undefined,
    inProcessWorker: e.MODELWATCH_WORKER === "in-process" || (e.MODELWATCH_WORKER === "auto" && !e.DATABASE_URL),
    githubEnabled: e.GITHUB_ID !== undefined && e.GITHUB_SECRET !== undefined,
  }));

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

let cached: Env | undefined;

/** Parses and checks the environment once; every entry point calls this at boot. */
export function getEnv(source: Record<string, string | undefined> = process.env): Env {
  if (source === process.env && cached) return cached;
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    throw new EnvError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  const env = parsed.data;
  if (env.isProduction && !env.NEXTAUTH_SECRET && source.NEXT_PHASE !== "phase-production-build") {
    throw new EnvError([
      "NEXTAUTH_SECRET: required in production (32+ random characters, e.g. `openssl rand -base64 32`)",
    ]);
  }
  if (env.isProduction && env.mailEnabled && !env.NEXTAUTH_URL && source.NEXT_PHASE !== "phase-production-build") {
    // Links in e-mails must point at the configured site, never at whatever Host a request claimed.
    throw new EnvError(["NEXTAUTH_URL: required in production when SMTP_URL is set (links in e-mails use it)"]);
  }
  if (env.MODELWATCH_WEB_PROCESSES > 1 && env.databaseKind === "pglite") {
    throw new EnvError(["MODELWATCH_WEB_PROCESSES: more than one process needs PostgreSQL (DATABASE_URL); the embedded database opens in one process only"]);
  }
  if ((env.GITHUB_ID === undefined) !== (env.GITHUB_SECRET === undefined)) {
    throw new EnvError(["GITHUB_ID, GITHUB_SECRET: set both to enable GitHub sign-in, or neither"]);
  }
  if (source === process.env) cached = env;
  return env;
}

/**
 * Links in e-mails and webhook payloads are built from the site's public URL. In production a
 * process that sends them refuses to start without it, rather than sending localhost links.
 * (`npm start` on the embedded demo database sets http://localhost:PORT.)
 */
export function requirePublicUrl(env: Env): void {
  if (env.isProduction && !env.NEXTAUTH_URL) {
    throw new EnvError([
      "NEXTAUTH_URL: required in production by a process that sends e-mail or webhooks (their links are built from it): set it to the site's public URL, e.g. https://modelwatch.example",
    ]);
  }
}
