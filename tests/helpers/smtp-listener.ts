// A real SMTP server on loopback (smtp-server, random port) that keeps what
// it receives, so mail tests assert on delivered messages, not on mocks.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
  /** The text/plain part, transfer encoding undone. */
  text: string;
  subject: string;
}

export interface SmtpListener {
  /** `smtp://127.0.0.1:<port>` for SMTP_URL / createSmtpMailer. */
  url: string;
  received: ReceivedMail[];
  /** Resolves with the first message (already received or arriving within `timeoutMs`) addressed to `to`. */
  waitFor(to: string, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

function decodeQuotedPrintable(body: string): string {
  const bytes: number[] = [];
  const joined = body.replace(/=\r?\n/g, "");
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === "=" && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i]!, "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The first text/plain part of a MIME message, decoded (quoted-printable, base64 or plain).
 * Parts are split on the boundary the headers declare, never on any line starting with "--": a
 * quoted-printable line of a link can start with "--" (base64url tokens contain dashes).
 */
export function plainTextOf(raw: string): string {
  const split = raw.search(/\r?\n\r?\n/);
  if (split < 0) return "";
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, " "); // unfold continued header lines
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, "");
  const boundary = /content-type:\s*multipart\/[^\r\n]*boundary="?([^";\r\n]+)"?/i.exec(head)?.[1];
  if (boundary) {
    const parts = body.split(new RegExp(`(?:^|\\r?\\n)--${escapeRegExp(boundary)}(?:--)?[ \\t]*(?=\\r?\\n|$)`));
    for (const part of parts.slice(1)) {
      const text = plainTextOf(part.replace(/^\r?\n/, ""));
      if (text) return text;
    }
    return "";
  }
  if (!/content-type:\s*text\/plain/i.test(head)) return "";
  if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) return decodeQuotedPrintable(body);
  if (/content-transfer-encoding:\s*base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  return body;
}

export async function startSmtpListener(): Promise<SmtpListener> {
  const received: ReceivedMail[] = [];
  const waiters: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const envelopeFrom = session.envelope.mailFrom;
        received.push({
          from: envelopeFrom ? envelopeFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          raw,
          text: plainTextOf(raw),
          subject: /^subject:\s*(.*)$/im.exec(raw)?.[1]?.trim() ?? "",
        });
        for (const wake of waiters.splice(0)) wake();
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  // A client killed mid-conversation (the kill-and-retry test) resets its socket: expected, not a test failure.
  server.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code !== "ECONNRESET") console.error("[smtp-listener]", err);
  });
  const { port } = server.server.address() as AddressInfo;

  const find = (to: string) => received.find((m) => m.to.includes(to.toLowerCase()));
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    waitFor(to, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no mail to ${to} within ${timeoutMs} ms`)), timeoutMs);
        const check = () => {
          const mail = find(to);
          if (mail) {
            clearTimeout(timer);
            resolve(mail);
          } else {
            waiters.push(check);
          }
        };
        check();
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
