import type { Prisma } from "..";
import type { ClaimStatus } from "../generated/enums";
import type { DemoClaim, DemoSource } from "./demo-claim-types";
import { HAPPYHORSE_CLAIMS } from "./demo-claims-happyhorse";
import { RIVAL_CLAIMS } from "./demo-claims-rivals";
import { findDemoNewsOrThrow } from "./demo-news";
import { demoDate } from "./demo-timeline";

export const DEMO_CLAIMS: DemoClaim[] = [...HAPPYHORSE_CLAIMS, ...RIVAL_CLAIMS];

export interface ClaimRowContext {
  modelId(slug: string): string;
  newsId(key: string): string;
  actorId: string;
}

export interface ClaimRows {
  claims: Prisma.ClaimCreateManyInput[];
  sources: Prisma.ClaimSourceCreateManyInput[];
  events: Prisma.ClaimEventCreateManyInput[];
}

export class DemoClaimPolicyError extends Error {
  override name = "DemoClaimPolicyError";
}

/**
 * Fixed times of day keep same-day steps in order: news published 09:30,
 * claims created 10:00, later sources attached 12:00, status moves from 15:00
 * (one hour apart).
 */
const at = (day: string, hour: number): Date => (day.length === 10 ? demoDate(`${day}T${String(hour).padStart(2, "0")}:00:00.000Z`) : demoDate(day));

function sourceAddedAt(claim: DemoClaim, s: DemoSource): Date {
  if (s.addedAt) return at(s.addedAt, 12);
  const created = at(claim.createdAt, 10);
  const published = at(s.publishedAt, 10);
  return published > created ? published : created;
}

/**
 * Turns the demo claims into rows for createMany: each claim with its sources,
 * a CREATED event, and one event per status move with the right claimVersion.
 * Enforces the editorial policy the app enforces (VERIFIED needs an OFFICIAL
 * or INDEPENDENT source attached by then, REFUTED needs a source, every move
 * carries a note), so the demo never shows a state the app would refuse.
 */
export function buildClaimRows(claims: readonly DemoClaim[], ctx: ClaimRowContext): ClaimRows {
  const rows: ClaimRows = { claims: [], sources: [], events: [] };
  const seen = new Set<string>();
  for (const c of claims) {
    if (seen.has(c.key)) throw new DemoClaimPolicyError(`duplicate demo claim key ${c.key}`);
    seen.add(c.key);
    const claimId = `demo-claim-${c.key}`;
    const createdAt = at(c.createdAt, 10);
    const sources = c.sources.map((s, i) => {
      if (s.news && findDemoNewsOrThrow(s.news).status !== "RELEVANT") {
        throw new DemoClaimPolicyError(`${c.key}: source news item ${s.news} is not RELEVANT`);
      }
      return { id: `demo-source-${c.key}-${i}`, s, addedAt: sourceAddedAt(c, s) };
    });
    const snapshot = (list: typeof sources) => list.map(({ id, s }) => ({ id, kind: s.kind, url: s.url, title: s.title }));

    let status: ClaimStatus = "UNVERIFIED";
    let version = 1;
    let updatedAt = createdAt;
    rows.events.push({
      id: `demo-event-${c.key}-1`,
      claimId,
      type: "CREATED",
      actorId: ctx.actorId,
      toStatus: status,
      note: "Claim recorded from the sources cited.",
      evidence: snapshot(sources.filter((x) => x.addedAt.getTime() <= createdAt.getTime())),
      claimVersion: version,
      createdAt,
    });
    (c.history ?? []).forEach((m, i) => {
      const when = at(m.at, 15 + i);
      if (when < createdAt) throw new DemoClaimPolicyError(`${c.key}: status move before the claim was created`);
      if (!m.note.trim()) throw new DemoClaimPolicyError(`${c.key}: status move without a note`);
      const cited = m.evidence.map((idx) => {
        const found = sources[idx];
        if (!found) throw new DemoClaimPolicyError(`${c.key}: evidence index ${idx} out of range`);
        if (found.addedAt > when) throw new DemoClaimPolicyError(`${c.key}: evidence ${idx} attached after the move`);
        return found;
      });
      if (m.to === "VERIFIED" && !cited.some((x) => x.s.kind === "OFFICIAL" || x.s.kind === "INDEPENDENT")) {
        throw new DemoClaimPolicyError(`${c.key}: VERIFIED needs an OFFICIAL or INDEPENDENT source`);
      }
      if (m.to === "REFUTED" && cited.length === 0) throw new DemoClaimPolicyError(`${c.key}: REFUTED needs a source`);
      version += 1;
      rows.events.push({
        id: `demo-event-${c.key}-${version}`,
        claimId,
        type: m.to === "RETRACTED" ? "RETRACTED" : "STATUS_CHANGED",
        actorId: ctx.actorId,
        fromStatus: status,
        toStatus: m.to,
        note: m.note,
        diff: { status: [status, m.to] },
        evidence: snapshot(cited),
        claimVersion: version,
        createdAt: when,
      });
      status = m.to;
      updatedAt = when;
    });

    rows.claims.push({
      id: claimId,
      modelId: ctx.modelId(c.model),
      category: c.category,
      statement: c.statement,
      status,
      confidence: c.confidence,
      reviewBy: c.reviewBy ? demoDate(c.reviewBy) : null,
      version,
      createdById: ctx.actorId,
      isDemo: true,
      createdAt,
      updatedAt,
    });
    for (const { id, s, addedAt } of sources) {
      rows.sources.push({
        id,
        claimId,
        url: s.url,
        title: s.title,
        publisher: s.publisher,
        kind: s.kind,
        quote: s.quote ?? null,
        publishedAt: at(s.publishedAt, 0),
        newsItemId: s.news ? ctx.newsId(s.news) : null,
        addedById: ctx.actorId,
        createdAt: addedAt,
      });
    }
  }
  return rows;
}
