import { describe, expect, it } from "vitest";
import { EnvError, getEnv } from "@/lib/env";

describe("getEnv", () => {
  it("defaults to the embedded database with auto-seed", () => {
    const env = getEnv({ NODE_ENV: "development" });
    expect(env.databaseKind).toBe("pglite");
    expect(env.MODELWATCH_DATA_DIR).toBe("./data");
    expect(env.autoSeed).toBe(true);
  });

  it("uses PostgreSQL when DATABASE_URL is set, without auto-seed unless asked", () => {
    const env = getEnv({ NODE_ENV: "development", DATABASE_URL: "postgresql://u@h:5432/d" });
    expect(env.databaseKind).toBe("postgres");
    expect(env.autoSeed).toBe(false);
    expect(getEnv({ DATABASE_URL: "postgres://h/d", MODELWATCH_AUTO_SEED: "true" }).autoSeed).toBe(true);
  });

  it("refuses private networks for feeds unless FEED_ALLOW_PRIVATE_NETWORKS is set", () => {
    expect(getEnv({}).FEED_ALLOW_PRIVATE_NETWORKS).toBe(false);
    expect(getEnv({ FEED_ALLOW_PRIVATE_NETWORKS: "true" }).FEED_ALLOW_PRIVATE_NETWORKS).toBe(true);
    expect(() => getEnv({ FEED_ALLOW_PRIVATE_NETWORKS: "maybe" })).toThrow(/FEED_ALLOW_PRIVATE_NETWORKS/);
  });

  it("sizes the front cache and the CDN lifetime, and runs several server processes only on PostgreSQL", () => {
    const env = getEnv({});
    expect([env.MODELWATCH_PAGE_CACHE_MB, env.MODELWATCH_CDN_MAX_AGE, env.MODELWATCH_WEB_PROCESSES]).toEqual([64, 30, 1]);
    expect(() => getEnv({ MODELWATCH_CDN_MAX_AGE: "-1" })).toThrow(/MODELWATCH_CDN_MAX_AGE/);
    expect(() => getEnv({ MODELWATCH_WEB_PROCESSES: "2" })).toThrow(/MODELWATCH_WEB_PROCESSES: more than one process needs PostgreSQL/);
    expect(getEnv({ MODELWATCH_WEB_PROCESSES: "2", DATABASE_URL: "postgres://h/d" }).MODELWATCH_WEB_PROCESSES).toBe(2);
  });

  it("takes TRUSTED_PROXIES as addresses and CIDR ranges, naming a bad entry", () => {
    expect(getEnv({ NODE_ENV: "development", TRUSTED_PROXIES: "10.0.0.0/8, 127.0.0.1,::1" }).TRUSTED_PROXIES).toBe("10.0.0.0/8, 127.0.0.1,::1");
    for (const bad of ["proxy.example", "10.0.0.0/33", "10.0.0.1/", "::1/129", "1.2.3.4/8/2"]) {
      expect(() => getEnv({ NODE_ENV: "development", TRUSTED_PROXIES: bad })).toThrow(new RegExp(`TRUSTED_PROXIES: "${bad.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}" is not an IP address or CIDR range`));
    }
  });

  it("names the variable that is wrong", () => {
    expect(() => getEnv({ DATABASE_URL: "mysql://h/d" })).toThrow(/DATABASE_URL: must be a postgres/);
    expect(() => getEnv({ DATABASE_POOL_SIZE: "lots" })).toThrow(/DATABASE_POOL_SIZE/);
  });

  it("refuses production without an auth secret", () => {
    expect(() => getEnv({ NODE_ENV: "production" })).toThrow(EnvError);
    expect(() => getEnv({ NODE_ENV: "production" })).toThrow(/NEXTAUTH_SECRET: required in production/);
    expect(() => getEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: "short" })).toThrow(/at least 32/);
    const ok = getEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(32) });
    expect(ok.isProduction).toBe(true);
  });

  it("lets `next build` run without a secret (it never serves a request)", () => {
    expect(getEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" }).isProduction).toBe(true);
  });
});
