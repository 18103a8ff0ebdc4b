import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll } from 'vitest';

/**
 * A real SMTP server in the test process: it accepts every message without authentication and keeps
 * each one parsed (mailparser), for a test to read what Concord sent as a mail client would.
 */
export interface Mailbox {
  url: string;
  port: number;
  received: ParsedMail[];
  /** the messages to this address so far */
  to(address: string): ParsedMail[];
  /** waits until a message to `address` whose subject matches arrives (polling), or fails */
  waitFor(address: string, subject: RegExp, timeoutMs?: number): Promise<ParsedMail>;
}

export async function startMailbox(): Promise<Mailbox & { close(): Promise<void> }> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on the loopback interface: no certificate for the client to distrust.
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  const to = (address: string) =>
    received.filter((m) =>
      [m.to].flat().some((a) => a?.value.some((v) => v.address?.toLowerCase() === address.toLowerCase())),
    );
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    received,
    to,
    async waitFor(address, subject, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = to(address).find((m) => subject.test(m.subject ?? ''));
        if (found) return found;
        if (Date.now() > deadline)
          throw new Error(
            `no mail to ${address} matching ${subject}; received: ${received.map((m) => m.subject).join(' | ')}`,
          );
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A mailbox for one describe block. */
export function useMailbox(): Mailbox {
  const box = {} as Mailbox;
  let close = async () => {};
  beforeAll(async () => {
    const started = await startMailbox();
    Object.assign(box, started);
    // getters over the live array
    box.received = started.received;
    close = started.close;
  });
  afterAll(() => close());
  return box;
}
