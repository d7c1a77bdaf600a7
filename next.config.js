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
