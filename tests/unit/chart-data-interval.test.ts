import { describe, expect, it } from "vitest";
import { intervalScale, toIntervalBar } from "@/lib/elo/chart-data-interval";

describe("intervalScale", () => {
  it("covers every interval, rounded out to tens", () => {
    expect(
      intervalScale([
        { rating: 1200, ciLow: 1183, ciHigh: 1214 },
        { rating: 1100, ciLow: 1092, ciHigh: 1111 },
      ]),
    ).toEqual([1080, 1220]);
  });

  it("falls back to the rating when an interval is missing, and never returns an empty span", () => {
    expect(intervalScale([{ rating: 1200, ciLow: null, ciHigh: null }])).toEqual([1190, 1210]);
    expect(intervalScale([])).toEqual([0, 1]);
  });
});

describe("toIntervalBar", () => {
  it("places the interval and the rating as percentages of the scale", () => {
    expect(toIntervalBar({ rating: 1150, ciLow: 1125, ciHigh: 1175 }, [1100, 1200])).toEqual({
      left: 25,
      width: 50,
      point: 50,
      hasInterval: true,
    });
  });

  it("clamps to the scale and handles a missing interval", () => {
    expect(toIntervalBar({ rating: 1250, ciLow: 1180, ciHigh: 1300 }, [1100, 1200])).toMatchObject({ left: 80, width: 20, point: 100 });
    expect(toIntervalBar({ rating: 1150, ciLow: null, ciHigh: 1170 }, [1100, 1200])).toEqual({
      left: 50,
      width: 0,
      point: 50,
      hasInterval: false,
    });
  });
});
