/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg"],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  experimental: {
    // Cached pages and reads live in each server's memory (bounded LRU): never
    // written under .next, where servers on other databases would read them.
    isrFlushToDisk: false,
    // The proxy (proxy.ts) buffers a request's body in memory and cuts it at this size. Every
    // endpoint it sees takes at most 1 MiB (lib/api/request-body.ts) and counts what it reads,
    // so a body cut here (at ~2 MiB, less one socket chunk) still reads as over the limit: 413,
    // never a truncated parse. Uploads larger than 1 MiB bypass the proxy (its matcher).
    proxyClientMaxBodySize: 2 * 1024 * 1024,
  },
  // Browsers ask for /favicon.ico when they have no icon link for a page (yet): point them at the
  // icon instead of a 404.
  async redirects() {
    return [{ source: "/favicon.ico", destination: "/icon.svg", permanent: true }];
  },
  async rewrites() {
    return {
      // A leaderboard "as of" a date is its own cached page; the plain URL stays
      // cached too, because it never reads the query string (lib/cache).
      beforeFiles: [
        {
          source: "/leaderboards/:slug",
          has: [{ type: "query", key: "at", value: "(?<at>.{1,40})" }],
          destination: "/leaderboards/:slug/as-of/:at",
        },
      ],
    };
  },
};

module.exports = nextConfig;
