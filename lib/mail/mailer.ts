// Outgoing e-mail over SMTP (nodemailer). Mail is off unless SMTP_URL is set:
// callers ask getMailer() and hide mail-only features when it answers null.
import nodemailer from "nodemailer";
import type { Env } from "../env";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** A stable Message-ID (without angle brackets): a resent mail is recognisably the same mail. */
  messageId?: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** A mailer that sends through the SMTP server at `url` (smtp:// or smtps://, credentials in the URL). */
export function createSmtpMailer(config: { url: string; from: string }): Mailer {
  const transport = nodemailer.createTransport(config.url);
  return {
    async send(message) {
      await transport.sendMail({ from: config.from, ...message });
    },
  };
}

// One transport per process: it pools nothing, but building it parses the URL once.
let cached: { url: string; mailer: Mailer } | undefined;

/** The configured mailer, or null when SMTP_URL is not set. */
export function getMailer(env: Pick<Env, "SMTP_URL" | "MAIL_FROM">): Mailer | null {
  if (!env.SMTP_URL) return null;
  if (cached?.url !== env.SMTP_URL) cached = { url: env.SMTP_URL, mailer: createSmtpMailer({ url: env.SMTP_URL, from: env.MAIL_FROM }) };
  return cached.mailer;
}
