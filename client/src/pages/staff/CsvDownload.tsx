import { useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/http.js';
import { Progress } from '../../components/States.js';
import { errorMessage } from '../../api/errors.js';

async function readWithProgress(response: Response, onBytes: (bytes: number) => void): Promise<Blob> {
  if (!response.body) return response.blob();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onBytes(received);
  }
  return new Blob(chunks as BlobPart[], { type: 'text/csv;charset=utf-8' });
}

/**
 * A CSV export link. Clicking fetches the file with progress (large provinces take a while) and
 * saves it; the href stays a real link, so "open in new tab" and copy-link work too.
 */
export function CsvDownload({ href, label, filename }: { href: string; label: string; filename: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ bytes: number; total: number | null } | null>(null);
  const [error, setError] = useState<unknown>(null);

  const onClick = async (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    if (state) return;
    setError(null);
    setState({ bytes: 0, total: null });
    try {
      const response = await fetch(href, { credentials: 'same-origin' });
      if (!response.ok)
        throw new ApiError(response.status === 401 ? 'unauthenticated' : 'internal_error', response.status, response.statusText);
      const total = Number(response.headers.get('Content-Length')) || null;
      const blob = await readWithProgress(response, (bytes) => setState({ bytes, total }));
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = filename;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError(e);
    } finally {
      setState(null);
    }
  };

  return (
    <div className="csv">
      <a href={href} className="btn btn--secondary" onClick={(e) => void onClick(e)} aria-busy={!!state} download={filename}>
        {label}
      </a>
      {state && (
        <Progress
          label={t('reports.downloading', { kb: Math.round(state.bytes / 1024) })}
          value={state.total ? state.bytes / state.total : undefined}
        />
      )}
      {!!error && (
        <p className="form-error" role="alert">
          {errorMessage(error, t)}
        </p>
      )}
    </div>
  );
}
