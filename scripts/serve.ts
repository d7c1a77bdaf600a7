// The production HTTP server (`npm start` runs it after building): Next's request handler
// behind a Node server of our own, because only here is the socket's address known. Each
// request's forwarded headers are checked against TRUSTED_PROXIES before Next sees them
// (lib/server/trusted-proxies.ts); Next itself has no trusted-proxy setting. Anonymous public
// reads are answered from memory when they can be (lib/server/front-cache), and on PostgreSQL
// MODELWATCH_WEB_PROCESSES server processes share the port (lib/server/run-server-processes.ts).
//   PORT=3000 tsx scripts/serve.ts [-H 127.0.0.1]     (all interfaces unless -H is given, as `next start`)
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { CACHE_SAFETY_SECONDS } from "../lib/cache/cache-safety-seconds";
import { EnvError, getEnv } from "../lib/env";
import { withFrontCache } from "../lib/server/front-cache/with-front-cache";
import { runServerProcesses } from "../lib/server/run-server-processes";
import { normalizeForwardedHeaders, parseTrustedProxies } from "../lib/server/trusted-proxies";

async function main(): Promise<void> {
  const env = getEnv();
  const trusted = parseTrustedProxies(env.TRUSTED_PROXIES);
  const port = Number(process.env.PORT ?? "3000");
  const at = process.argv.indexOf("-H");
  const hostname = at > 0 ? process.argv[at + 1] : undefined;
  const app = next({ dev: false, dir: path.resolve(__dirname, ".."), hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const front = withFrontCache(handle, {
    budgetBytes: env.MODELWATCH_PAGE_CACHE_MB * 1024 * 1024,
    maxTtlMs: CACHE_SAFETY_SECONDS * 1000,
    cdnMaxAgeSeconds: env.MODELWATCH_CDN_MAX_AGE,
    // After normalizeForwardedHeaders, X-Forwarded-Proto is left only when a trusted proxy sent it.
    isHttps: (req) => req.headers["x-forwarded-proto"] === "https",
  });
  const server = createServer((req, res) => {
    normalizeForwardedHeaders(req.headers, req.socket.remoteAddress, trusted);
    void front.handle(req, res);
  });
  server.listen(port, hostname, () => console.log(`[modelwatch] listening on http://${hostname ?? "localhost"}:${port}`));
}

function fail(err: unknown): never {
  console.error(`[modelwatch] ${err instanceof EnvError ? err.message : String((err as Error).stack ?? err)}`);
  process.exit(1);
}

try {
  runServerProcesses(getEnv().MODELWATCH_WEB_PROCESSES, () => main().catch(fail));
} catch (err) {
  fail(err);
}
