import { createRequire } from "node:module";
import fs from "node:fs";
import type { Page } from "playwright-core";

// axe-core's own browser bundle, injected into the page as a script (never fetched).
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** The WCAG 2.0 and 2.1 rules at levels A and AA. */
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export interface AxeFinding {
  rule: string;
  impact: string | null;
  help: string;
  /** CSS selector of the element and axe's summary of what is wrong with it. */
  element: string;
  why: string;
}

interface AxeResults {
  violations: {
    id: string;
    impact: string | null;
    help: string;
    nodes: { target: unknown[]; failureSummary?: string }[];
  }[];
}

/** Runs axe over the page as it is now and returns one finding per offending element. */
export async function auditPage(page: Page): Promise<AxeFinding[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern (a script tag would be refused).
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const results = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<unknown> } }).axe;
    return axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
  }, wcagTags);
  return (results as AxeResults).violations.flatMap((v) =>
    v.nodes.map((n) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      element: n.target.map(String).join(" "),
      why: (n.failureSummary ?? "").replace(/\s+/g, " ").slice(0, 300),
    })),
  );
}

/** One line per finding, for a failure message a person can act on. */
export function describeFindings(where: string, findings: AxeFinding[]): string {
  return findings.map((f) => `${where}: ${f.rule} (${f.impact}) at ${f.element}: ${f.why}`).join("\n");
}
