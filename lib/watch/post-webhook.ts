// One webhook POST, with the feed fetcher's address rules: the host is
// resolved once, every answer checked, and the connection pinned to the
// checked address (no DNS-rebinding). Redirects are not followed.
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { addressPolicy, resolveFeedHost, systemResolver, type HostResolver } from "../news/ingest/resolve-feed-host";

const TIMEOUT_MS = 10_000;

export interface WebhookResponse {
  status: number;
}

export type PostWebhook = (url: string, body: string, headers: Record<string, string>) => Promise<WebhookResponse>;

export function createWebhookPoster(opts: { allowPrivate: boolean; resolve?: HostResolver }): PostWebhook {
  return async (url, body, headers) => {
    const target = new URL(url);
    const pinned = await resolveFeedHost(target.hostname, { isAllowedAddress: addressPolicy(opts.allowPrivate), resolve: opts.resolve ?? systemResolver });
    const lookup: LookupFunction = (_host, options, callback) => {
      if (options.all) callback(null, [{ address: pinned.address, family: pinned.family }]);
      else callback(null, pinned.address, pinned.family);
    };
    const client = target.protocol === "https:" ? https : http;
    return new Promise<WebhookResponse>((resolve, reject) => {
      const req = client.request(
        target,
        {
          method: "POST",
          lookup,
          timeout: TIMEOUT_MS,
          headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), "user-agent": "Modelwatch-Webhook/1", ...headers },
        },
        (res) => {
          res.resume(); // the answer's body is not needed; drain it so the socket closes
          res.on("end", () => resolve({ status: res.statusCode ?? 0 }));
          res.on("error", reject);
        },
      );
      req.on("timeout", () => req.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)));
      req.on("error", reject);
      req.end(body);
    });
  };
}
