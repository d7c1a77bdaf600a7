// The SMTP test listener's MIME reading, which mail tests rely on to find links.
import nodemailer from "nodemailer";
import { describe, expect, it } from "vitest";
import { plainTextOf } from "../helpers/smtp-listener";

async function build(text: string, html?: string): Promise<string> {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "\r\n" });
  const info = await transport.sendMail({ from: "a@test.local", to: "b@test.local", subject: "s", text, html });
  return (info.message as Buffer).toString("utf8");
}

describe("plainTextOf", () => {
  it("reads a link whose quoted-printable line starts with -- (a dash-laden token), text and HTML parts", async () => {
    // Long enough that the encoder breaks the line inside the token, right before its dashes.
    const token = `${"A".repeat(25)}--${"b".repeat(20)}`;
    for (let pad = 0; pad < 40; pad++) {
      const text = `${"x".repeat(pad)} http://modelwatch.test/reset-password/${token}\n`;
      expect(plainTextOf(await build(text, `<p>${text}</p>`))).toContain(`/reset-password/${token}`);
    }
  });

  it("reads a single-part plain mail", async () => {
    expect(plainTextOf(await build("Hello — naïve café\n"))).toContain("Hello — naïve café");
  });
});
