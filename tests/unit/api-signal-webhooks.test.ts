// The OpenAPI document's `webhooks`: one entry per signal type, each with a
// schema naming the subject by id and link, and an example that fits it.
import { describe, expect, it } from "vitest";
import { SignalType } from "@/lib/db/enums";
import { getOpenApiDocument } from "@/lib/api/v1/openapi-document";
import { SIGNAL_WEBHOOK_SCHEMAS, TestWebhookSchema } from "@/lib/api/v1/schemas/signal-schemas";

describe("webhooks in the OpenAPI document", () => {
  const doc = getOpenApiDocument();

  it("documents every signal type and the test delivery, each schema a resolvable component", () => {
    expect(Object.keys(doc.webhooks).sort()).toEqual([...Object.values(SignalType), "test"].sort());
    for (const [type, { post }] of Object.entries(doc.webhooks)) {
      const media = post.requestBody?.content["application/json"];
      const id = String(media?.schema.$ref).split("/").pop()!;
      expect(doc.components.schemas[id], type).toBeDefined();
      expect(doc.components.schemas[id]?.required, type).toEqual(expect.arrayContaining(type === "test" ? ["id", "type"] : ["id", "signalId", "type", "url", "model", "claim", "payload"]));
    }
  });

  it("gives an example per type that its schema accepts, with the subject's ids and links", () => {
    for (const type of Object.values(SignalType)) {
      const example = doc.webhooks[type]?.post.requestBody?.content["application/json"]?.example;
      const parsed = SIGNAL_WEBHOOK_SCHEMAS[type].safeParse(example);
      expect(parsed.success, `${type}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
    expect(TestWebhookSchema.safeParse(doc.webhooks.test?.post.requestBody?.content["application/json"]?.example).success).toBe(true);
    const disputed = doc.webhooks.CLAIM_DISPUTED?.post.requestBody?.content["application/json"]?.example as { claim: Record<string, unknown> };
    expect(Object.keys(disputed.claim).sort()).toEqual(["apiUrl", "category", "id", "statement", "status", "url", "version"]);
  });

  it("refuses a claim signal without its claim, and a feed signal without its feed", () => {
    const good = doc.webhooks.CLAIM_VERIFIED?.post.requestBody?.content["application/json"]?.example as Record<string, unknown>;
    expect(SIGNAL_WEBHOOK_SCHEMAS.CLAIM_VERIFIED.safeParse({ ...good, claim: null }).success).toBe(false);
    const feed = doc.webhooks.FEED_BROKEN?.post.requestBody?.content["application/json"]?.example as Record<string, unknown>;
    expect(SIGNAL_WEBHOOK_SCHEMAS.FEED_BROKEN.safeParse({ ...feed, feed: null }).success).toBe(false);
  });
});
