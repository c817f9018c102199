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
  stop(): Promise<void>;
}

export async function startMailCatcher(dir: string, port: number): Promise<MailCatcher> {
  mkdirSync(dir, { recursive: true });
  let written = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'], // loopback only; the notification service speaks plain SMTP here
    logger: false,
    size: 5 * 1024 * 1024,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        written += 1;
        const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${String(written).padStart(5, '0')}.eml`;
        writeFileSync(path.join(dir, name), Buffer.concat(chunks));
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
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
