// A real SMTP server for tests (smtp-server), keeping what it receives parsed (mailparser): what nodemailer sends
// when the app is configured with SMTP_URL, read the way a mail client would.
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

type ReceivedMail = { to: string; subject: string; text: string };

export type SmtpInbox = {
  /** The SMTP_URL that reaches this server. */
  url: string;
  /** The first unread message to `to`, waiting for it when it is still on its way (the app sends after answering). */
  nextMail(to: string, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
};

export async function startSmtpInbox(): Promise<SmtpInbox> {
  const unread: ReceivedMail[] = [];
  const waiting: { to: string; resolve: (mail: ReceivedMail) => void }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const mail = {
            to: session.envelope.rcptTo[0]?.address ?? "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
          };
          const waiter = waiting.findIndex((w) => w.to === mail.to);
          if (waiter >= 0) waiting.splice(waiter, 1)[0]!.resolve(mail);
          else unread.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    nextMail(to, timeoutMs = 10_000) {
      const index = unread.findIndex((mail) => mail.to === to);
      if (index >= 0) return Promise.resolve(unread.splice(index, 1)[0]!);
      return new Promise((resolve, reject) => {
        waiting.push({ to, resolve });
        setTimeout(() => reject(new Error(`no e-mail to ${to}`)), timeoutMs);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(resolve)),
  };
}
