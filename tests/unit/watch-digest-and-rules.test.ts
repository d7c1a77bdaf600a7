// Pure parts of the subscriber pipeline: digest grouping and composition,
// which entries want which signal (uncertainty-aware rating rules), digest
// periods, retry backoff and webhook signatures.
import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { composeNotificationMail, groupDigest, type DigestItem } from "@/lib/watch/compose-digest";
import { digestKey, digestPeriod, parseDigestKey } from "@/lib/watch/digest-period";
import { retryDelayMs } from "@/lib/watch/settle-delivery";
import { signWebhook } from "@/lib/watch/sign-webhook";
import { signUnsubscribeToken, verifyUnsubscribeToken } from "@/lib/watch/unsubscribe-token";
import { wantsBoardSignal, wantsSignal } from "@/lib/watch/wants-signal";

const hh = { slug: "happyhorse-1-0", name: "HappyHorse 1.0" };
const sd = { slug: "seedance-2-0", name: "Seedance 2.0" };
const item = (over: Partial<DigestItem>): DigestItem => ({
  type: "CLAIM_CREATED",
  title: "t",
  model: hh,
  verified: false,
  aboutClaim: true,
  occurredAt: new Date("2026-12-04T10:00:00Z"),
  url: "https://mw.example/models/happyhorse-1-0",
  ...over,
});

describe("digest composition", () => {
  const items = [
    item({ title: "Runs 1080p in 10 s", type: "CLAIM_CREATED", occurredAt: new Date("2026-12-04T12:00:00Z") }),
    item({ title: "API documented", type: "CLAIM_VERIFIED", verified: true, occurredAt: new Date("2026-12-04T09:00:00Z") }),
    item({ title: "Rank 2 → 1", type: "RANK_CHANGED", aboutClaim: false, model: sd }),
    item({ title: "Feed broken", type: "FEED_BROKEN", aboutClaim: false, model: null }),
    item({ title: "Made by Alibaba", type: "CLAIM_VERIFIED", verified: true, model: sd, occurredAt: new Date("2026-12-04T08:00:00Z") }),
    item({ title: "Audio in 8 languages", model: sd, occurredAt: new Date("2026-12-04T13:00:00Z") }),
  ];

  it("groups by model, models with verified changes first, site items last; verified first inside a group", () => {
    const groups = groupDigest(items);
    expect(groups.map((g) => g.heading)).toEqual(["HappyHorse 1.0", "Seedance 2.0", "Site and editors"]);
    expect(groups[0]!.items.map((i) => [i.title, i.label])).toEqual([
      ["API documented", "Verified"],
      ["Runs 1080p in 10 s", "Unverified"],
    ]);
    expect(groups[1]!.items.map((i) => [i.title, i.label])).toEqual([
      ["Made by Alibaba", "Verified"],
      ["Audio in 8 languages", "Unverified"],
      ["Rank 2 → 1", null],
    ]);
  });

  it("a model with only unverified items comes after models with verified ones", () => {
    const groups = groupDigest([item({ model: sd, title: "rumour" }), item({ model: hh, verified: true, title: "fact" })]);
    expect(groups.map((g) => g.heading)).toEqual(["HappyHorse 1.0", "Seedance 2.0"]);
  });

  it("writes text and HTML parts with labels, links, escaping and the unsubscribe link", () => {
    const mail = composeNotificationMail({
      subject: "Digest",
      intro: "Your daily digest",
      items: [...items, item({ title: "<script>x</script>", model: hh })],
      manageUrl: "https://mw.example/watchlist",
      unsubscribeUrl: "https://mw.example/unsubscribe?token=a.b",
    });
    expect(mail.text).toContain("== HappyHorse 1.0 ==\n- [Verified] API documented\n  https://mw.example/models/happyhorse-1-0");
    expect(mail.text).toContain("- [Unverified] Audio in 8 languages");
    expect(mail.text).toContain("- Rank 2 → 1");
    expect(mail.text.indexOf("[Verified] Made by Alibaba")).toBeLessThan(mail.text.indexOf("[Unverified] Audio in 8 languages"));
    expect(mail.text).toContain("Unsubscribe from these e-mails: https://mw.example/unsubscribe?token=a.b");
    expect(mail.html).toContain("<strong>Verified</strong>");
    expect(mail.html).toContain("&lt;script&gt;x&lt;/script&gt;");
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain('href="https://mw.example/unsubscribe?token=a.b"');
  });
});

describe("which entries want a signal", () => {
  const entry = { signals: [], ratingThreshold: null, rivalModelId: null };

  it("empty signals = every signal; a list filters", () => {
    expect(wantsSignal(entry, { type: "NEWS_REVIEWED", payload: {} })).toBe(true);
    expect(wantsSignal({ ...entry, signals: ["CLAIM_VERIFIED"] }, { type: "NEWS_REVIEWED", payload: {} })).toBe(false);
    expect(wantsSignal({ ...entry, signals: ["CLAIM_VERIFIED"] }, { type: "CLAIM_VERIFIED", payload: {} })).toBe(true);
  });

  it("an Elo move inside the interval is no signal; beyond it, or past a raw threshold, it is", () => {
    const inside = { type: "RATING_MOVED" as const, payload: { from: 1200, to: 1212, ciLow: 1190, ciHigh: 1234 } };
    const beyond = { type: "RATING_MOVED" as const, payload: { from: 1200, to: 1230, ciLow: 1210, ciHigh: 1250 } };
    expect(wantsSignal(entry, inside)).toBe(false);
    expect(wantsSignal(entry, beyond)).toBe(true);
    expect(wantsSignal({ ...entry, ratingThreshold: 10 }, inside)).toBe(true);
    expect(wantsSignal({ ...entry, ratingThreshold: 15 }, inside)).toBe(false);
    expect(wantsSignal(entry, { type: "RATING_MOVED", payload: { from: 1200, to: 1201, outsideInterval: true } })).toBe(true);
    expect(wantsSignal(entry, { type: "RATING_MOVED", payload: { note: "no numbers" } })).toBe(false);
  });

  it("intervals separating is a signal only against the chosen rival", () => {
    const s = { type: "INTERVALS_SEPARATED" as const, payload: { otherModelId: "m2" } };
    expect(wantsSignal(entry, s)).toBe(false);
    expect(wantsSignal({ ...entry, rivalModelId: "m3" }, s)).toBe(false);
    expect(wantsSignal({ ...entry, rivalModelId: "m2" }, s)).toBe(true);
  });

  it("a board watch hears of its top only: new contenders, and rank 1 changing hands", () => {
    const all = { signals: [] };
    expect(wantsBoardSignal(all, { type: "NEW_CONTENDER", payload: { rank: 2 } })).toBe(true);
    expect(wantsBoardSignal(all, { type: "RANK_CHANGED", payload: { from: 2, to: 1 } })).toBe(true);
    expect(wantsBoardSignal(all, { type: "RANK_CHANGED", payload: { from: 1, to: 3 } })).toBe(true);
    expect(wantsBoardSignal(all, { type: "RANK_CHANGED", payload: { from: 4, to: 2 } })).toBe(false);
    expect(wantsBoardSignal(all, { type: "RATING_MOVED", payload: { from: 1200, to: 1300, outsideInterval: true } })).toBe(false);
    expect(wantsBoardSignal(all, { type: "SOURCE_BROKEN", payload: {} })).toBe(false);
    expect(wantsBoardSignal({ signals: ["RANK_CHANGED"] }, { type: "NEW_CONTENDER", payload: {} })).toBe(false);
    expect(wantsBoardSignal({ signals: ["NEW_CONTENDER"] }, { type: "NEW_CONTENDER", payload: {} })).toBe(true);
  });
});

describe("digest periods, backoff, signatures, unsubscribe tokens", () => {
  it("daily and ISO-week periods in UTC, and keys that round-trip", () => {
    const at = new Date("2026-12-04T21:30:00Z"); // a Friday
    expect(digestPeriod("DAILY", at)).toEqual({ start: new Date("2026-12-04T00:00:00Z"), end: new Date("2026-12-05T00:00:00Z") });
    expect(digestPeriod("WEEKLY", at)).toEqual({ start: new Date("2026-11-30T00:00:00Z"), end: new Date("2026-12-07T00:00:00Z") });
    expect(digestPeriod("WEEKLY", new Date("2026-11-30T00:00:00Z")).start).toEqual(new Date("2026-11-30T00:00:00Z"));
    const key = digestKey("WEEKLY", "u1", new Date("2026-11-30T00:00:00Z"));
    expect(parseDigestKey(key)).toEqual({ frequency: "WEEKLY", userId: "u1", start: new Date("2026-11-30T00:00:00Z"), end: new Date("2026-12-07T00:00:00Z") });
    expect(parseDigestKey("email:abc")).toBeNull();
  });

  it("backs off exponentially from 30 s, capped at 6 h, and gives up past 24 h", () => {
    const created = new Date("2026-12-04T00:00:00Z");
    expect(retryDelayMs(1, created, created)).toBe(30_000);
    expect(retryDelayMs(2, created, created)).toBe(60_000);
    expect(retryDelayMs(5, created, created)).toBe(480_000);
    expect(retryDelayMs(20, created, created)).toBe(6 * 3_600_000);
    expect(retryDelayMs(20, created, new Date(created.getTime() + 20 * 3_600_000))).toBeNull();
  });

  it("signs t.<body> with HMAC-SHA256", () => {
    const at = new Date(1_764_806_400_000);
    const expected = createHmac("sha256", "whsec_x").update(`1764806400.{"a":1}`).digest("hex");
    expect(signWebhook("whsec_x", '{"a":1}', at)).toBe(`t=1764806400,v1=${expected}`);
  });

  it("unsubscribe tokens verify only with the secret that signed them", () => {
    const token = signUnsubscribeToken("s".repeat(32), "user-1");
    expect(verifyUnsubscribeToken("s".repeat(32), token)).toBe("user-1");
    expect(verifyUnsubscribeToken("t".repeat(32), token)).toBeNull();
    expect(verifyUnsubscribeToken("s".repeat(32), token.replace(/^[^.]+/, Buffer.from("user-2").toString("base64url")))).toBeNull();
    expect(verifyUnsubscribeToken("s".repeat(32), "garbage")).toBeNull();
  });
});
