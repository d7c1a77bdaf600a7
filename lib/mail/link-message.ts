import { escapeHtml } from "./escape-html";
import type { MailMessage } from "./mailer";

/**
 * A one-link message (sign-in link, password reset): plain text first, a
 * minimal HTML twin, the link written out in full so it can be copied.
 */
export function linkMessage(input: {
  to: string;
  subject: string;
  intro: string;
  action: string;
  url: string;
  outro: string;
}): MailMessage {
  const { to, subject, intro, action, url, outro } = input;
  const text = `${intro}\n\n${action}:\n${url}\n\n${outro}\n\n— Modelwatch\n`;
  const html = [
    `<p>${escapeHtml(intro)}</p>`,
    `<p><a href="${escapeHtml(url)}">${escapeHtml(action)}</a></p>`,
    `<p>Or copy this address into your browser:<br>${escapeHtml(url)}</p>`,
    `<p>${escapeHtml(outro)}</p>`,
    "<p>— Modelwatch</p>",
  ].join("\n");
  return { to, subject, text, html };
}

export function passwordResetMessage(to: string, url: string): MailMessage {
  return linkMessage({
    to,
    subject: "Reset your Modelwatch password",
    intro: "Someone (hopefully you) asked to reset the password of your Modelwatch account.",
    action: "Choose a new password",
    url,
    outro: "The link works once and expires in one hour. If you did not ask for it, ignore this message: your password stays as it is.",
  });
}

export function signInLinkMessage(to: string, url: string): MailMessage {
  return linkMessage({
    to,
    subject: "Your Modelwatch sign-in link",
    intro: "Use the link below to sign in to Modelwatch. If you have no account yet, it creates a subscriber account for this address.",
    action: "Sign in to Modelwatch",
    url,
    outro: "The link works once and expires in 15 minutes. If you did not ask for it, ignore this message.",
  });
}

export function confirmAddressMessage(to: string, url: string): MailMessage {
  return linkMessage({
    to,
    subject: "Confirm your e-mail address for Modelwatch",
    intro: "Someone (hopefully you) created a Modelwatch account with this address. Signing in with its password works once you confirm the address.",
    action: "Confirm this address",
    url,
    outro: "The link works once and expires in 24 hours. If you did not create the account, ignore this message: nobody can sign in to it with a password.",
  });
}

export function accountExistsMessage(to: string, signInUrl: string): MailMessage {
  return linkMessage({
    to,
    subject: "Your Modelwatch account already exists",
    intro: "Someone (hopefully you) tried to create a Modelwatch account with this address, which already has one. Nothing was changed.",
    action: "Sign in instead",
    url: signInUrl,
    outro: "Forgot your password? Reset it from the sign-in page, or sign in with an e-mail link. If this was not you, ignore this message.",
  });
}
