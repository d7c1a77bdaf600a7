// How a board says where and how fresh its numbers are: "fetched 3 hours ago",
// the source's wait honoured by "fetch now", backfill files dated by name or
// manifest, and no "silent" label on boards that have no sound to speak of.
import { describe, expect, it } from "vitest";
import { describeAgo } from "@/components/relative-time";
import { audioLabel } from "@/lib/models/model-labels";
import { dateBackfillFiles } from "@/lib/sources/date-backfill-files";
import { publisherAskedToWait } from "@/lib/sources/fetch-source-now";

const now = new Date("2026-12-07T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

describe("describeAgo", () => {
  it("counts in the largest whole unit", () => {
    expect(describeAgo(ago(20_000), now)).toBe("just now");
    expect(describeAgo(ago(5 * 60_000), now)).toBe("5 minutes ago");
    expect(describeAgo(ago(3 * 3_600_000 + 10 * 60_000), now)).toBe("3 hours ago");
    expect(describeAgo(ago(26 * 3_600_000), now)).toBe("yesterday");
    expect(describeAgo(ago(9 * 86_400_000), now)).toBe("9 days ago");
  });
});

describe("audioLabel", () => {
  it("speaks of audio only on video boards", () => {
    expect(audioLabel({ modality: "TEXT_TO_VIDEO", withAudio: false })).toBe("no audio");
    expect(audioLabel({ modality: "IMAGE_TO_VIDEO", withAudio: true })).toBe("with audio");
    expect(audioLabel({ modality: "TEXT_TO_IMAGE", withAudio: false })).toBeNull();
    expect(audioLabel({ modality: "TEXT", withAudio: false })).toBeNull();
  });
});

describe("publisherAskedToWait", () => {
  const healthy = { lastStatus: 200, consecutiveErrors: 0, intervalMinutes: 60, lastAttemptAt: ago(10 * 60_000) };
  it("holds a 429 or 503 until its Retry-After, and a success scheduled past the interval by rate-limit headers", () => {
    expect(publisherAskedToWait({ ...healthy, lastStatus: 429, consecutiveErrors: 1, nextFetchAt: new Date(now.getTime() + 60_000) }, now)).toBe(true);
    expect(publisherAskedToWait({ ...healthy, nextFetchAt: new Date(now.getTime() + 3 * 3_600_000) }, now)).toBe(true);
  });
  it("lets an editor fetch before the ordinary interval, after a plain failure, and once the wait is over", () => {
    expect(publisherAskedToWait({ ...healthy, nextFetchAt: new Date(now.getTime() + 50 * 60_000) }, now)).toBe(false);
    expect(publisherAskedToWait({ ...healthy, lastStatus: 500, consecutiveErrors: 2, nextFetchAt: new Date(now.getTime() + 3 * 3_600_000) }, now)).toBe(false);
    expect(publisherAskedToWait({ ...healthy, lastStatus: 429, nextFetchAt: ago(1) }, now)).toBe(false);
  });
});

describe("dateBackfillFiles", () => {
  const file = (name: string, body = "{}") => ({ name, body: Buffer.from(body) });
  it("dates files by their leading YYYY-MM-DD at noon UTC, oldest first", () => {
    const dated = dateBackfillFiles([file("2025-11-05_b.json"), file("2025-03-14_a.json")]);
    expect(dated.map((f) => [f.name, f.date.toISOString()])).toEqual([
      ["2025-03-14_a.json", "2025-03-14T12:00:00.000Z"],
      ["2025-11-05_b.json", "2025-11-05T12:00:00.000Z"],
    ]);
  });
  it("takes a manifest's dates over the names, and refuses what it cannot date by name", () => {
    const manifest = file("manifest.json", JSON.stringify([{ file: "latest.json", date: "2025-06-01T08:30:00Z" }]));
    expect(dateBackfillFiles([file("latest.json"), manifest]).map((f) => f.date.toISOString())).toEqual(["2025-06-01T08:30:00.000Z"]);
    expect(() => dateBackfillFiles([file("latest.json")])).toThrow(/latest\.json: the file name does not start with a date/);
    expect(() => dateBackfillFiles([file("a.json"), file("manifest.json", JSON.stringify([{ file: "b.json", date: "2025-01-01" }]))])).toThrow(/"b\.json", which is not among the files/);
    expect(() => dateBackfillFiles([file("manifest.json", "[]")])).toThrow(/no version files/);
  });
});
