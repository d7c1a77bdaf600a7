import type { Env } from "../env";

/**
 * Demo accounts (seeded with passwords published in the README) may sign in in
 * development, and in production only when MODELWATCH_DEMO_ACCOUNTS=true.
 */
export function demoAccountsAllowed(env: Pick<Env, "isProduction" | "MODELWATCH_DEMO_ACCOUNTS">): boolean {
  return !env.isProduction || env.MODELWATCH_DEMO_ACCOUNTS;
}
