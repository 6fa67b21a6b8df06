// One account cannot fill the disk: uploads of the last 24 hours are limited in bytes and in
// number (429 with Retry-After), parallel uploads included; nothing of a refused upload is stored,
// other accounts are not affected, and the room comes back as uploads age or are deleted.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS, ManualClock } from '../../../lib/clock.js';
import { member } from '../../../../test/helpers/fixtures.js';
import type { Member } from '../../../../test/helpers/fixtures.js';
import { useTestApp } from '../../../../test/helpers/testApp.js';
import { MAX_UPLOAD_BYTES_PER_DAY, MAX_UPLOADS_PER_DAY } from '../quota.js';
import { pdf, upload } from './helpers.js';

const clock = new ManualClock('2026-03-02T02:00:00.000Z');
const t = useTestApp({ clock, startJobs: false });
let flooder: Member, neighbour: Member;
const filesOf = (m: Member) => t.app.store.collection({ name: 'files' }).countDocuments({ ownerId: m.user.id });
const blobsOnDisk = () => {
  const root = path.join(t.dataDir, 'files');
  return fs
    .readdirSync(root)
    .filter((d) => d !== '.incoming')
    .flatMap((d) => fs.readdirSync(path.join(root, d))).length;
};
/** A valid PDF of about `mb` megabytes. */
const pdfOf = (mb: number) => Buffer.concat([pdf(), Buffer.alloc(Math.round(mb * 1024 * 1024) - pdf().length, 0x20)]);

beforeAll(async () => {
  flooder = await member(t, 'startup');
  neighbour = await member(t, 'startup', { name: 'Hàng xóm' });
});

describe('the daily upload limit of an account', () => {
  it(`stores at most ${MAX_UPLOAD_BYTES_PER_DAY / 1024 / 1024} MB a day, even sent in parallel (429 with Retry-After)`, async () => {
    const fourMb = pdfOf(4);
    const fit = Math.floor(MAX_UPLOAD_BYTES_PER_DAY / fourMb.length);
    const first = await upload(flooder.client, 'document', fourMb, 'ho-so-0.pdf');
    expect(first.status).toBe(201);
    clock.advance(60_000);
    const answers = await Promise.all(
      Array.from({ length: fit + 3 }, (_, i) => upload(flooder.client, 'document', fourMb, `ho-so-${i + 1}.pdf`)),
    );
    expect(answers.filter((r) => r.status === 201)).toHaveLength(fit - 1);
    const refused = answers.filter((r) => r.status !== 201);
    expect(refused).toHaveLength(4);
    for (const r of refused) expect(r.body.error.code).toBe('rate_limited');
    expect(await filesOf(flooder)).toBe(fit);
    const blobs = blobsOnDisk();
    expect(blobs).toBe(fit);

    // The room comes back when the first upload is a day old, not before.
    const again = await upload(flooder.client, 'document', fourMb, 'lai.pdf');
    expect(again.status).toBe(429);
    expect(again.headers.get('retry-after')).toBe(String(DAY_MS / 1000 - 60));
    expect(blobsOnDisk()).toBe(blobs);

    // Somebody else's uploads are not affected.
    expect((await upload(neighbour.client, 'document', fourMb, 'cua-toi.pdf')).status).toBe(201);

    clock.advance(DAY_MS - 61_000);
    expect((await upload(flooder.client, 'document', fourMb, 'lai.pdf')).status).toBe(429);
    clock.advance(1000);
    expect((await upload(flooder.client, 'document', fourMb, 'lai.pdf')).status).toBe(201);
  });

  it(`stores at most ${MAX_UPLOADS_PER_DAY} files a day however small; deleting one makes room`, async () => {
    clock.advance(2 * DAY_MS);
    const ids: string[] = [];
    for (let i = 0; i < MAX_UPLOADS_PER_DAY; i++) {
      const res = await upload(flooder.client, 'document', pdf(`tệp ${i}`), `nho-${i}.pdf`);
      expect(res.status).toBe(201);
      ids.push(res.body.id);
      clock.advance(1000);
    }
    const refused = await upload(flooder.client, 'document', pdf(), 'mot-nua.pdf');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe(String(DAY_MS / 1000 - MAX_UPLOADS_PER_DAY));

    expect((await flooder.client.delete(`/api/files/${ids[0]}`)).status).toBe(204);
    expect((await upload(flooder.client, 'document', pdf(), 'mot-nua.pdf')).status).toBe(201);
  });
});
