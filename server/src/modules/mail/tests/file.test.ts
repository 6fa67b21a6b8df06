// Without SMTP_URL every mail becomes an .eml file under DATA_DIR/mail that parses as the mail.
import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/testApp.js';
import { JOBS } from '../../../jobs/index.js';

const t = useTestApp({ env: { SMTP_URL: '' }, startJobs: false });

describe('the file transport', () => {
  it('writes each mail once as an .eml file under DATA_DIR/mail', async () => {
    const user = await t.client().register({ name: 'Phạm Thu' });
    await t.client().post('/api/auth/password-reset', { email: user.email });
    await t.app.container.jobs.run(JOBS.mailDelivery);
    await t.app.container.jobs.run(JOBS.mailDelivery);
    const dir = path.join(t.dataDir, 'mail');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.eml'));
    expect(files).toHaveLength(1);
    const raw = fs.readFileSync(path.join(dir, files[0]!));
    // Every line ends in CRLF (RFC 5322), the text and HTML parts' included, as over SMTP.
    expect(
      raw
        .toString('latin1')
        .split('\r\n')
        .filter((line) => line.includes('\n')),
    ).toEqual([]);
    const mail = await simpleParser(raw);
    const [row] = await t.app.container.modules.mail.outbox.find({ userId: user.id });
    expect(row).toMatchObject({ status: 'sent' });
    expect(row!.text).toBeUndefined(); // the body (and its token) leaves the store once sent
    expect(mail.messageId).toBe(row!.messageId);
    expect(mail.to).toMatchObject({ value: [{ address: user.email }] });
    expect(mail.from?.value[0]?.address).toBe('no-reply@localhost');
    expect(mail.subject).toBe('Đặt lại mật khẩu KếtNối');
    expect(mail.text).toMatch(/\/reset-password\?token=[\w-]{43}/);
    expect(mail.html).toContain('KếtNối');
    expect(mail.headers.get('content-language')).toBe('vi');
    expect(mail.headers.get('x-ketnoi-kind')).toBe('password.reset');
    const health = await t.client().get('/api/health');
    expect(health.body.mail).toEqual({ transport: 'file', ok: true, queued: 0, failing: 0, failed: 0 });
  });
});
