import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { OutgoingEmail } from "./outbox.server";

export type MailTransport = {
  kind: "smtp" | "files";
  send: (email: OutgoingEmail & { id: number }) => Promise<void>;
  close: () => void;
};

export type MailSettings = { smtpUrl?: string; mailFrom: string; dataDir: string };

/**
 * SMTP when SMTP_URL is set; otherwise each message is written to $DATA_DIR/mail as an .eml (the
 * exact message) and a .txt (easy to read, listed at /dev/mail in development).
 */
export function createMailTransport(settings: MailSettings): MailTransport {
  if (settings.smtpUrl) {
    const smtp = nodemailer.createTransport(settings.smtpUrl);
    return {
      kind: "smtp",
      send: async (email) => {
        await smtp.sendMail({
          from: settings.mailFrom,
          to: email.to,
          subject: email.subject,
          text: email.text,
        });
      },
      close: () => smtp.close(),
    };
  }
  const dir = mailDirectory(settings.dataDir);
  const composer = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: "unix",
  });
  return {
    kind: "files",
    send: async (email) => {
      const info = await composer.sendMail({
        from: settings.mailFrom,
        to: email.to,
        subject: email.subject,
        text: email.text,
      });
      await mkdir(dir, { recursive: true });
      const stem = `${new Date().toISOString().replace(/[:.]/g, "-")}-${email.id}`;
      await writeFile(path.join(dir, `${stem}.eml`), info.message as Buffer);
      await writeFile(
        path.join(dir, `${stem}.txt`),
        `From: ${settings.mailFrom}\nTo: ${email.to}\nSubject: ${email.subject}\n\n${email.text}\n`,
      );
    },
    close: () => composer.close(),
  };
}

export function mailDirectory(dataDir: string) {
  return path.join(dataDir, "mail");
}
