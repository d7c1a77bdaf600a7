import { describe, expect, it } from "vitest";
import { buildModelMetadata, describeModel, type ModelMetadataInput } from "@/lib/models/build-model-metadata";
import { absoluteUrl } from "@/lib/site-url";

const hh: ModelMetadataInput = {
  slug: "happyhorse-1-0",
  name: "HappyHorse 1.0",
  organizationName: "Alibaba",
  verifiedClaims: 5,
  totalClaims: 10,
  mainBoard: { name: "Text to video (no audio)", rank: 1 },
};

describe("describeModel", () => {
  it("leads with what is verified and where the model ranks", () => {
    expect(describeModel(hh)).toBe(
      "5 of 10 claims verified · rank 1 on Text to video (no audio). HappyHorse 1.0 by Alibaba: claims with their evidence, Elo ratings with 95% intervals, and reviewed news.",
    );
  });

  it("says so when unranked, unowned or unclaimed", () => {
    const d = describeModel({ ...hh, organizationName: null, verifiedClaims: 0, totalClaims: 0, mainBoard: { name: "B", rank: null } });
    expect(d).toMatch(/^No claims recorded yet · not yet ranked on B\. HappyHorse 1\.0, owner unconfirmed:/);
    expect(describeModel({ ...hh, totalClaims: 1, verifiedClaims: 1, mainBoard: null })).toMatch(/^1 of 1 claim verified\. /);
  });
});

describe("buildModelMetadata", () => {
  it("sets canonical, the Atom alternate, Open Graph and the Twitter card", () => {
    const m = buildModelMetadata(hh);
    expect(m.title).toBe("HappyHorse 1.0");
    expect(m.alternates?.canonical).toBe("/models/happyhorse-1-0");
    expect(m.alternates?.types).toEqual({
      "application/atom+xml": [{ url: "/feeds/models/happyhorse-1-0", title: "HappyHorse 1.0: claims and news (Atom)" }],
    });
    expect(m.openGraph).toMatchObject({ url: "/models/happyhorse-1-0", title: "HappyHorse 1.0 · Modelwatch", siteName: "Modelwatch" });
    expect(m.twitter).toMatchObject({ card: "summary", title: "HappyHorse 1.0 · Modelwatch" });
    expect(m.description).toContain("5 of 10 claims verified");
  });
});

describe("absoluteUrl", () => {
  it("resolves paths against the site, keeping a base path", () => {
    expect(absoluteUrl("/models/x", new URL("https://mw.example/"))).toBe("https://mw.example/models/x");
    expect(absoluteUrl("/models/x", new URL("https://mw.example/watch/"))).toBe("https://mw.example/watch/models/x");
  });
});
