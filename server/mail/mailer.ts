// Outgoing e-mail, only when an SMTP server is configured (SMTP_URL, e.g. smtps://user:pass@smtp.example.org):
// the embedded install sends none. nodemailer speaks SMTP; this is the one place that knows it does.
import "server-only";
import nodemailer from "nodemailer";

export type Email = { to: string; subject: string; text: string };

export type Mailer = { send(email: Email): Promise<void> };

/** A mailer on the SMTP server at `smtpUrl`, sending as `from` (a plain address or `Name <address>`). */
export function createMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send({ to, subject, text }) {
      await transport.sendMail({ from, to, subject, text });
    },
  };
}

/** The mailer SMTP_URL and SMTP_FROM describe, or undefined when SMTP_URL is unset (no e-mail at all). */
export function mailerFromEnv(env: Record<string, string | undefined> = process.env): Mailer | undefined {
  const smtpUrl = env.SMTP_URL?.trim();
  if (!smtpUrl) return undefined;
  const host = env.PUBLIC_URL?.trim() ? new URL(env.PUBLIC_URL.trim()).hostname : "localhost";
  return createMailer(smtpUrl, env.SMTP_FROM?.trim() || `Parallel <no-reply@${host}>`);
}

/** Whether this install sends e-mail at all (pages that promise one ask this). */
export const sendsEmail = (env: Record<string, string | undefined> = process.env): boolean =>
  Boolean(env.SMTP_URL?.trim());
