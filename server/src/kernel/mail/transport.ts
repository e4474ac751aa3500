import nodemailer from 'nodemailer';

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string | undefined;
  headers?: Record<string, string> | undefined;
}

export interface SentMail {
  /** The Message-ID header of what went out. */
  messageId: string;
  /** The whole RFC 5322 message, when the transport keeps it (the database transport does). */
  raw: string | undefined;
}

/** Where mail goes: an SMTP server, or nowhere but the database (the message is kept whole). */
export interface MailTransport {
  readonly kind: 'smtp' | 'database';
  send(mail: OutgoingMail): Promise<SentMail>;
  close(): void;
}

export function createMailTransport(smtpUrl: string | undefined): MailTransport {
  if (smtpUrl) {
    // Give up well before the job's 120 s expiry, so pg-boss never starts a second attempt while
    // the first is still talking to the server (which could send the message twice).
    const transporter = nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000 } as Parameters<typeof nodemailer.createTransport>[0]);
    return {
      kind: 'smtp',
      async send(mail) {
        const info = await transporter.sendMail(mail);
        return { messageId: info.messageId, raw: undefined };
      },
      close: () => transporter.close(),
    };
  }
  // Nodemailer still builds the real MIME message, so what the backstage shows is exactly what an
  // SMTP server would have received.
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    kind: 'database',
    async send(mail) {
      const info = await transporter.sendMail(mail);
      return { messageId: info.messageId, raw: (info.message as Buffer).toString('utf8') };
    },
    close: () => transporter.close(),
  };
}
