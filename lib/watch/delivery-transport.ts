import { authSecret } from "../auth/auth-secret";
import { requirePublicUrl, type Env } from "../env";
import { getMailer, type Mailer } from "../mail/mailer";
import { getSiteUrl } from "../site-url";
import { createWebhookPoster, type PostWebhook } from "./post-webhook";

/** What deliverDue sends with; tests and the benchmark pass their own pieces. */
export interface DeliveryTransport {
  /** null: e-mail is off (no SMTP_URL) and e-mail rows wait. */
  mailer: Mailer | null;
  postWebhook: PostWebhook;
  /** Absolute links in mails and webhook bodies. */
  siteUrl: URL;
  /** Signs one-click unsubscribe links. */
  secret: string;
}

/** Throws EnvError in production without NEXTAUTH_URL: every link it would send would point nowhere. */
export function createDeliveryTransport(env: Env): DeliveryTransport {
  requirePublicUrl(env);
  return {
    mailer: getMailer(env),
    postWebhook: createWebhookPoster({ allowPrivate: env.WEBHOOK_ALLOW_PRIVATE_NETWORKS }),
    siteUrl: getSiteUrl(),
    secret: authSecret(env),
  };
}
