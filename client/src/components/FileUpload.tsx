import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_FILE_BYTES, type FileInfo, type FilePurpose } from '@ketnoi/contract';
import { acceptFor, tooLarge } from '../api/files.js';
import { errorMessage } from '../api/errors.js';
import { isApiError } from '../api/http.js';
import { useUpload } from '../api/hooks/files.js';
import { shrinkImage } from '../lib/shrinkImage.js';

const MAX_MB = MAX_FILE_BYTES / 1024 / 1024;

/** A refused upload in words: what is accepted, and how large it may be (the server's 413 and 415). */
export function uploadErrorText(error: unknown, purpose: FilePurpose, t: ReturnType<typeof useTranslation>['t']): string {
  if (isApiError(error) && (error.status === 413 || error.code === 'payload_too_large')) return t('portal.files.tooLarge', { mb: MAX_MB });
  if (isApiError(error) && (error.status === 415 || error.code === 'unsupported_media_type')) return t(`portal.files.wrongType.${purpose}`);
  return errorMessage(error, t);
}

/**
 * A button that picks a file and uploads it for `purpose`, showing progress, then hands the stored
 * file to `onUploaded`. Large photos are scaled down first; files still over 5 MB are refused before sending.
 */
export function FileUploadButton({
  purpose,
  label,
  onUploaded,
  disabled,
}: {
  purpose: FilePurpose;
  label: string;
  onUploaded: (file: FileInfo) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const upload = useUpload(purpose);
  const [localError, setLocalError] = useState<string>();
  const [preparing, setPreparing] = useState(false);
  const onPick = async (event: ChangeEvent<HTMLInputElement>) => {
    const picked = event.target.files?.[0];
    event.target.value = ''; // the same file may be picked again after a failure
    setLocalError(undefined);
    if (!picked) return;
    // A phone's photo is scaled down first (lib/shrinkImage.ts); only what is still too large is refused.
    setPreparing(true);
    const file = await shrinkImage(picked);
    setPreparing(false);
    if (tooLarge(file)) return setLocalError(t('portal.files.tooLarge', { mb: MAX_MB }));
    upload.mutate(file, { onSuccess: onUploaded });
  };
  const busy = preparing || upload.isPending;
  const error = localError ?? (upload.isError ? uploadErrorText(upload.error, purpose, t) : undefined);
  return (
    <div className="upload">
      <input
        ref={input}
        id={id}
        type="file"
        className="visually-hidden"
        accept={acceptFor(purpose)}
        onChange={(event) => void onPick(event)}
        disabled={disabled || busy}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
      />
      <label htmlFor={id} className={`btn btn--secondary btn--small${busy ? ' btn--busy' : ''}`}>
        {busy ? t('portal.files.uploading') : label}
      </label>
      <span id={`${id}-hint`} className="field__hint">
        {t(`portal.files.accepts.${purpose}`, { mb: MAX_MB })}
      </span>
      {upload.progress !== null && (
        <progress className="upload__progress" max={1} value={upload.progress} aria-label={t('portal.files.progress')} />
      )}
      {error && (
        <p className="field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
