import { describe, expect, it } from "vitest";
import { demoAccountsAllowed } from "@/lib/auth/demo-accounts";

describe("demoAccountsAllowed", () => {
  it("allows the published demo passwords outside production", () => {
    expect(demoAccountsAllowed({ isProduction: false, MODELWATCH_DEMO_ACCOUNTS: false })).toBe(true);
  });

  it("refuses them in production unless explicitly enabled", () => {
    expect(demoAccountsAllowed({ isProduction: true, MODELWATCH_DEMO_ACCOUNTS: false })).toBe(false);
    expect(demoAccountsAllowed({ isProduction: true, MODELWATCH_DEMO_ACCOUNTS: true })).toBe(true);
  });
});
