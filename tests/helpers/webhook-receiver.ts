// A real HTTP receiver on loopback that checks each webhook's signature the
// way a subscriber would (HMAC-SHA256 over "<t>.<raw body>") and counts
// deliveries by idempotency key.
import { createHmac, timingSafeEqual } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedHook {
  key: string;
  body: Record<string, unknown>;
  raw: string;
  signature: string;
  /** Checked against `secret` as it was when the request arrived. */
  signatureValid: boolean;
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedHook[];
  /** The secret signatures are checked with (set after the webhook is created). */
  secret: string;
  /** The status the receiver answers with (default 200). */
  status: number;
  close(): Promise<void>;
}

export function verifySignature(secret: string, header: string, raw: string): boolean {
  const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
  if (!m) return false;
  const expected = createHmac("sha256", secret).update(`${m[1]}.${raw}`).digest();
  return timingSafeEqual(expected, Buffer.from(m[2]!, "hex"));
}

export async function startWebhookReceiver(opts: { onRequest?: () => void } = {}): Promise<WebhookReceiver> {
  const receiver: WebhookReceiver = { url: "", received: [], secret: "", status: 200, close: async () => {} };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const signature = String(req.headers["x-modelwatch-signature"] ?? "");
      receiver.received.push({
        key: String(req.headers["idempotency-key"] ?? ""),
        body: JSON.parse(raw) as Record<string, unknown>,
        raw,
        signature,
        signatureValid: verifySignature(receiver.secret, signature, raw),
      });
      opts.onRequest?.();
      res.writeHead(receiver.status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  receiver.close = () => new Promise((resolve) => server.close(() => resolve()));
  return receiver;
}
