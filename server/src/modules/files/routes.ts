import { pipeline } from 'node:stream';
import type { Response } from 'express';
import { MAX_FILE_BYTES } from '@ketnoi/contract';
import type { ApiRegistry } from '../../http/api.js';
import { presentFile } from './presenter.js';
import type { FilesService, OpenedFile } from './service.js';
import { readUpload } from './upload.js';
import { filesEndpoints } from '@ketnoi/contract/endpoints/files';

/** A day in shared caches for images a visitor may see: ids never change content, phones reload less. */
const PUBLIC_IMAGE_CACHE = 'public, max-age=86400';

const EXTENSIONS: Record<string, string> = { 'image/webp': 'webp', 'image/png': 'png', 'image/jpeg': 'jpg', 'application/pdf': 'pdf' };

/** The name offered on saving: the uploaded name with the extension of what it really is. */
export function downloadName(name: string, type: string): string {
  const ext = EXTENSIONS[type];
  if (!ext) return name;
  return `${name.replace(/\.[A-Za-z0-9]{1,5}$/, '')}.${ext}`;
}

/** RFC 6266: an ASCII fallback and the UTF-8 name (Vietnamese names survive). */
function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

function send(res: Response, opened: OpenedFile, variant: string | undefined, method: string, ifNoneMatch: string | undefined): void {
  const { file, access } = opened;
  const etag = `"${file._id}${variant ? `.${variant}` : ''}"`;
  res.setHeader('X-Content-Type-Options', 'nosniff');
  // Nothing in a file may run as a page of this site, even if opened directly.
  res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  res.setHeader('ETag', etag);
  if (access.publicImage) {
    res.setHeader('Cache-Control', PUBLIC_IMAGE_CACHE);
    // Provincial portals may show a startup's logo on their own pages.
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
  } else {
    res.setHeader('Cache-Control', 'private, no-store');
  }
  const isImage = file.purpose === 'logo' || file.purpose === 'photo';
  res.setHeader('Content-Disposition', contentDisposition(isImage ? 'inline' : 'attachment', downloadName(file.name, opened.type)));
  if (ifNoneMatch && ifNoneMatch.split(',').some((t) => t.trim() === etag)) {
    opened.stream.destroy();
    res.status(304).end();
    return;
  }
  res.status(200).type(opened.type).setHeader('Content-Length', String(opened.size));
  if (method === 'HEAD') {
    opened.stream.destroy();
    res.end();
    return;
  }
  // Headers now: the registry answers 204 to a handler that returned nothing with headers unsent.
  res.flushHeaders();
  pipeline(opened.stream, res, () => undefined);
}

export function registerFileRoutes(api: ApiRegistry, files: FilesService): void {
  api.route(filesEndpoints.upload, {
    handler: async ({ user, req }) => presentFile(await files.upload(user, await readUpload(req, MAX_FILE_BYTES))),
  });

  api.route(filesEndpoints.download, {
    handler: async ({ user, params, query, req, res }) => {
      const opened = await files.open(user, params.id, query.variant);
      send(res, opened, query.variant, req.method, req.headers['if-none-match']);
      return undefined;
    },
  });

  api.route(filesEndpoints.remove, {
    handler: async ({ user, params }) => {
      await files.remove(user, params.id);
      return undefined;
    },
  });
}
