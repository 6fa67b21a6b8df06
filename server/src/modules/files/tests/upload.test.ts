// POST /api/files: what is accepted (by content, never by name), what is refused (415, 413, 400),
// and what is stored: images re-encoded as WebP for phones, without EXIF (GPS) metadata.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '@ketnoi/contract';
import { member } from '../../../../test/helpers/fixtures.js';
import type { Member } from '../../../../test/helpers/fixtures.js';
import { useTestApp } from '../../../../test/helpers/testApp.js';
import { download, fileForm, html, jpegWithGps, pdf, png, script, svg, upload } from './helpers.js';

let owner: Member;
const filesCount = () => t.app.store.collection({ name: 'files' }).countDocuments();
/** Blob files on disk (DATA_DIR/files/<shard>/<id>), uploads in progress excluded. */
const blobsOnDisk = () => {
  const root = path.join(t.dataDir, 'files');
  return fs
    .readdirSync(root)
    .filter((d) => d !== '.incoming')
    .flatMap((d) => fs.readdirSync(path.join(root, d)));
};

const t = useTestApp();
beforeAll(async () => {
  owner = await member(t, 'startup');
});

describe('accepted uploads', () => {
  it('stores a logo as WebP at most 1600 px with a 400 px copy, and answers the contract fields', async () => {
    const res = await upload(owner.client, 'logo', await png(3000, 2000), 'logo hợp tác xã.png', 'image/png');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'logo hợp tác xã.png', type: 'image/webp', purpose: 'logo', width: 1600, height: 1067 });
    expect(res.body.url).toBe(`/api/files/${res.body.id}`);
    expect(res.body.smallUrl).toBe(`/api/files/${res.body.id}?variant=small`);
    const large = await download(owner.client, t.url, res.body.url);
    expect(large.status).toBe(200);
    expect(large.headers.get('content-type')).toBe('image/webp');
    expect(large.bytes.length).toBe(res.body.size);
    expect(await sharp(large.bytes).metadata()).toMatchObject({ format: 'webp', width: 1600, height: 1067 });
    const small = await download(owner.client, t.url, res.body.smallUrl);
    expect(await sharp(small.bytes).metadata()).toMatchObject({ format: 'webp', width: 400, height: 267 });
  });

  it('keeps a small image at its size (no enlargement)', async () => {
    const res = await upload(owner.client, 'photo', await png(120, 80), 'nho.png');
    expect(res.body).toMatchObject({ width: 120, height: 80 });
  });

  it('strips EXIF (GPS, camera owner) from a phone photo and turns it upright', async () => {
    const original = await jpegWithGps();
    const before = await sharp(original).metadata();
    expect(before.exif!.toString('latin1')).toContain('Nguyen Van A');
    expect(before.orientation).toBe(6);
    const res = await upload(owner.client, 'photo', original, 'IMG_2041.jpg', 'image/jpeg');
    expect(res.status).toBe(201);
    for (const url of [res.body.url, res.body.smallUrl]) {
      const { bytes } = await download(owner.client, t.url, url);
      const after = await sharp(bytes).metadata();
      expect(after.exif).toBeUndefined();
      expect(after.xmp).toBeUndefined();
      expect(after.orientation).toBeUndefined();
      expect(bytes.includes(Buffer.from('Nguyen Van A'))).toBe(false);
      expect(after.height! > after.width!).toBe(true); // 640×480 stored sideways → upright 480×640
    }
  });

  it('accepts a PDF as a document and serves it as application/pdf, as an attachment', async () => {
    const res = await upload(owner.client, 'document', pdf(), 'Hồ sơ gọi vốn.pdf', 'application/pdf');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ type: 'application/pdf', purpose: 'document', size: pdf().length });
    expect(res.body.smallUrl).toBeUndefined();
    const got = await download(owner.client, t.url, res.body.url);
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expect(got.headers.get('content-disposition')).toBe(
      `attachment; filename="Ho so goi von.pdf"; filename*=UTF-8''${encodeURIComponent('Hồ sơ gọi vốn.pdf')}`,
    );
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(got.bytes.equals(pdf())).toBe(true);
  });

  it('goes by the content: a PNG named .pdf is stored and served as the image it is', async () => {
    const res = await upload(owner.client, 'document', await png(50, 50), 'bao-cao.pdf', 'application/pdf');
    expect(res.status).toBe(201);
    expect(res.body.type).toBe('image/webp');
    const got = await download(owner.client, t.url, res.body.url);
    expect(got.headers.get('content-type')).toBe('image/webp');
    expect(got.headers.get('content-disposition')).toMatch(/^attachment; filename="bao-cao\.webp"/);
  });

  it('keeps no text-direction override (U+202E) or invisible character of a file name', async () => {
    const res = await upload(owner.client, 'document', pdf(), 'Hóa đơn\u202Efdp\u200B.\u2066pdf', 'application/pdf');
    expect(res.status).toBe(201);
    expect(res.body.name).toBe('Hóa đơnfdp.pdf');
    const got = await download(owner.client, t.url, res.body.url);
    expect(got.headers.get('content-disposition')).toBe(
      `attachment; filename="Hoa donfdp.pdf"; filename*=UTF-8''${encodeURIComponent('Hóa đơnfdp.pdf')}`,
    );
  });
});

describe('refused uploads change nothing', () => {
  it.each([
    ['an SVG named .png as a logo', 'logo', svg, 'logo.png', 'image/png'],
    ['an HTML page named .jpg as a photo', 'photo', html, 'anh.jpg', 'image/jpeg'],
    ['an HTML page as a document', 'document', html, 'trang.html', 'text/html'],
    ['a shell script as evidence', 'evidence', script, 'bien-nhan.pdf', 'application/pdf'],
    ['a PDF as a logo (logos are images)', 'logo', pdf(), 'logo.pdf', 'application/pdf'],
    ['an empty file', 'photo', Buffer.alloc(0), 'rong.png', 'image/png'],
    [
      'a PNG header over garbage',
      'photo',
      Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(200, 7)]),
      'x.png',
      'image/png',
    ],
  ])('%s → 415 unsupported_media_type', async (_label, purpose, data, name, type) => {
    const [files, blobs] = [await filesCount(), blobsOnDisk().length];
    const res = await upload(owner.client, purpose, data, name, type);
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('unsupported_media_type');
    expect(await filesCount()).toBe(files);
    expect(blobsOnDisk()).toHaveLength(blobs);
  });

  it('refuses a file over 5 MB with 413 payload_too_large', async () => {
    const files = await filesCount();
    const big = Buffer.concat([await png(10, 10), Buffer.alloc(MAX_FILE_BYTES)]);
    const res = await upload(owner.client, 'document', big, 'lon.png');
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
    expect(await filesCount()).toBe(files);
  });

  it('accepts a document of exactly 5 MB and refuses one byte more', async () => {
    const sized = (bytes: number) => {
      const data = Buffer.alloc(bytes, 0x20);
      pdf().copy(data);
      return data;
    };
    const exact = await upload(owner.client, 'document', sized(MAX_FILE_BYTES), 'vua-du.pdf');
    expect(exact.status).toBe(201);
    expect(exact.body).toMatchObject({ type: 'application/pdf', size: MAX_FILE_BYTES });
    expect((await download(owner.client, t.url, exact.body.url)).bytes.length).toBe(MAX_FILE_BYTES);
    const files = await filesCount();
    const over = await upload(owner.client, 'document', sized(MAX_FILE_BYTES + 1), 'qua-lon.pdf');
    expect(over.status).toBe(413);
    expect(over.body.error.code).toBe('payload_too_large');
    expect(await filesCount()).toBe(files);
  });

  it('refuses an oversized file sent without Content-Length (chunked) once the limit is crossed', async () => {
    const boundary = 'ketnoi-boundary';
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nphoto\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="x.png"\r\nContent-Type: image/png\r\n\r\n`,
    );
    const cookie = [...owner.client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const status = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        `${t.url}/api/files`,
        {
          method: 'POST',
          headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}`, 'transfer-encoding': 'chunked' },
        },
        (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode!, body }));
        },
      );
      req.on('error', reject);
      req.write(head);
      const chunk = Buffer.alloc(256 * 1024, 1);
      for (let sent = 0; sent <= MAX_FILE_BYTES; sent += chunk.length) req.write(chunk);
      req.end(`\r\n--${boundary}--\r\n`);
    });
    expect(status.status).toBe(413);
    expect(JSON.parse(status.body).error.code).toBe('payload_too_large');
  });

  it.each([
    ['without a purpose', null, 'purpose'],
    ['with an unknown purpose', 'banner', 'purpose'],
  ])('answers 400 %s', async (_label, purpose, field) => {
    const res = await owner.client.upload('/api/files', fileForm(purpose, await png(20, 20), 'a.png'));
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(field);
  });

  it.each([
    ['an unknown field', (form: FormData) => form.append('caption', 'Ảnh sản phẩm'), 'caption'],
    ['a second purpose', (form: FormData) => form.append('purpose', 'photo'), 'purpose'],
    ['a file under another name', (form: FormData) => form.append('image', new Blob([new Uint8Array([120])]), 'b.png'), 'image'],
    ['a second file', (form: FormData) => form.append('file', new Blob([new Uint8Array([120])]), 'b.png'), 'file'],
  ])('answers 400 to %s and stores nothing', async (_label, add, field) => {
    const [files, blobs] = [await filesCount(), blobsOnDisk().length];
    const form = fileForm('logo', await png(20, 20), 'a.png');
    add(form);
    const res = await owner.client.upload('/api/files', form);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual([field]);
    expect(await filesCount()).toBe(files);
    expect(blobsOnDisk()).toHaveLength(blobs);
  });

  it('answers 400 without a file part', async () => {
    const form = new FormData();
    form.set('purpose', 'logo');
    const res = await owner.client.upload('/api/files', form);
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('file');
  });

  it('answers 415 to a JSON body and 401 to a visitor', async () => {
    const json = await owner.client.post('/api/files', { purpose: 'logo', file: 'iVBORw0KGgo=' });
    expect(json.status).toBe(415);
    const anonymous = await t.client().upload('/api/files', fileForm('logo', await png(20, 20), 'a.png'));
    expect(anonymous.status).toBe(401);
  });
});
