import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { startMailCatcher } from './mail-catcher';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

describe('the demo mail catcher', () => {
  it('writes what an SMTP client sends as an .eml file', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'mail-catcher-')), 'mail');
    const catcher = await startMailCatcher(dir, await freePort());
    try {
      await nodemailer.createTransport({ url: `smtp://127.0.0.1:${catcher.port}` } as never).sendMail({
        from: 'shop@example.test',
        to: 'kunde@example.test',
        subject: 'Ihr Fahrzeug ist fertig',
        text: 'Abholbereit.',
      });
      const files = readdirSync(dir);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/\.eml$/);
      const eml = readFileSync(path.join(dir, files[0]!), 'utf8');
      expect(eml).toContain('To: kunde@example.test');
      expect(eml).toMatch(/Subject: .*fertig|Subject: =\?UTF-8/);
      expect(catcher.count()).toBe(1);
    } finally {
      await catcher.stop();
    }
  });

  it('hands a waiting reader the next matching message to an address, or nothing after the timeout', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'mail-catcher-')), 'mail');
    const catcher = await startMailCatcher(dir, await freePort());
    const send = (to: string, text: string) =>
      nodemailer
        .createTransport({ url: `smtp://127.0.0.1:${catcher.port}` } as never)
        .sendMail({ from: 'shop@example.test', to, subject: 'Code', text });
    try {
      const waiting = catcher.waitFor('Anna@Example.test', /code is (\d{6})/, catcher.count(), 5_000);
      await send('other@example.test', 'Your sign-in code is 111111.');
      // A long line: nodemailer writes it quoted-printable with soft line breaks.
      await send(
        'anna@example.test',
        `${'x'.repeat(90)} Your sign-in code is 482913. It is valid for 10 minutes.`,
      );
      expect((await waiting)?.[1]).toBe('482913');
      expect(
        await catcher.waitFor('anna@example.test', /code is (\d{6})/, catcher.count(), 200),
      ).toBeUndefined();
    } finally {
      await catcher.stop();
    }
  });
});
