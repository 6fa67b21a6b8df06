// Files (API.md "Files"): uploads with progress (XMLHttpRequest: fetch reports no upload
// progress), deletion, and the addresses of a file and of its 400 px copy.
import { ACCEPTED_TYPES, MAX_FILE_BYTES, type FilePurpose } from '@ketnoi/contract';
import type { EndpointOf, EndpointOutput } from '@ketnoi/contract/endpointRef';
import * as endpoints from '@ketnoi/contract/generated/endpointRefs';
import { ApiError, apiErrorFrom, call, endpointPath } from './http.js';

/** The answer of an upload: the stored file as the contract declares it. */
type Uploaded = EndpointOutput<EndpointOf<typeof endpoints.files.upload>>;

export const fileUrl = (id: string) => endpointPath(endpoints.files.download, { id });
/** The 400 px copy the server keeps of every image (for lists and thumbnails). */
export const smallFileUrl = (id: string) => `${fileUrl(id)}?variant=small`;
/** For `srcset`: the browser picks the small copy on a phone and the large one (≤ 1600 px) when it needs it. */
export const imageSrcSet = (id: string) => `${smallFileUrl(id)} 400w, ${fileUrl(id)} 1600w`;

/** The `accept` attribute of a file input for a purpose (the server still judges by the content). */
export const acceptFor = (purpose: FilePurpose) => ACCEPTED_TYPES[purpose].join(',');

/** A refusal the client can tell before sending: too large (the server would answer 413). */
export function tooLarge(file: Blob): boolean {
  return file.size > MAX_FILE_BYTES;
}

export const filesApi = {
  /** POST /api/files (multipart, so no `call`): `onProgress` gets 0..1 as the bytes leave. */
  upload(file: File, purpose: FilePurpose, onProgress?: (fraction: number) => void, signal?: AbortSignal): Promise<Uploaded> {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(endpoints.files.upload.method.toUpperCase(), endpointPath(endpoints.files.upload));
      xhr.withCredentials = true;
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) onProgress?.(event.loaded / event.total);
      };
      xhr.onload = () => {
        if (xhr.status === 201 || xhr.status === 200) resolve(JSON.parse(xhr.responseText) as Uploaded);
        else reject(apiErrorFrom(xhr.status, xhr.statusText, xhr.responseText));
      };
      xhr.onerror = () => reject(new ApiError('network_error', 0, 'Network error'));
      xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
      signal?.addEventListener('abort', () => xhr.abort(), { once: true });
      const form = new FormData();
      // The purpose first: the server reads the parts in order and checks the file against it.
      form.append('purpose', purpose);
      form.append('file', file, file.name);
      xhr.send(form);
    });
  },
  remove: (id: string) => call(endpoints.files.remove, { params: { id } }),
};
