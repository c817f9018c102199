// The demo's mail server: a local SMTP server (smtp-server, the library nodemailer's author keeps)
// that accepts every message the notification service sends to the demo's customers and writes
// it as an .eml file, so the week's messages can be opened in any mail program or text editor.
// Nothing leaves the machine.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';

export interface MailCatcher {
  port: number;
  dir: string;
  /** Messages written so far. */
  count(): number;
  /**
   * The text of the next message to `address` that matches `pattern` (among those after the
   * `after`-th message), or undefined after `timeoutMs`: how the demo's customers read their
   * sign-in codes.
   */
  waitFor(
    address: string,
    pattern: RegExp,
    after: number,
    timeoutMs: number,
  ): Promise<RegExpExecArray | undefined>;
  stop(): Promise<void>;
}

/** The body of a message with quoted-printable soft breaks and escapes undone (enough to read a code). */
export function readableText(raw: string): string {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export async function startMailCatcher(dir: string, port: number): Promise<MailCatcher> {
  mkdirSync(dir, { recursive: true });
  let written = 0;
  // The last messages in memory (recipients and text), for waitFor; the files keep everything.
  const recent: { index: number; to: string[]; text: string }[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'], // loopback only; the notification service speaks plain SMTP here
    logger: false,
    size: 5 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        written += 1;
        const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${String(written).padStart(5, '0')}.eml`;
        const raw = Buffer.concat(chunks);
        writeFileSync(path.join(dir, name), raw);
        recent.push({
          index: written,
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          text: readableText(raw.toString('utf8')),
        });
        if (recent.length > 500) recent.shift();
        for (const wake of waiters) wake();
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    port,
    dir,
    count: () => written,
    waitFor: (address, pattern, after, timeoutMs) =>
      new Promise((resolve) => {
        const find = () =>
          recent
            .filter((m) => m.index > after && m.to.includes(address.toLowerCase()))
            .map((m) => pattern.exec(m.text))
            .find((match) => match !== null);
        const done = (match: RegExpExecArray | undefined) => {
          waiters.delete(check);
          clearTimeout(timer);
          resolve(match);
        };
        const check = () => {
          const match = find();
          if (match) done(match);
        };
        const timer = setTimeout(() => done(undefined), timeoutMs);
        waiters.add(check);
        check();
      }),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
