import { useTranslation } from 'react-i18next';
import type { FileInfo } from '@ketnoi/contract';
import { fileUrl } from '../../api/files.js';
import { useDeleteFile } from '../../api/hooks/files.js';
import { Fieldset } from '../../components/Field.js';
import { FileUploadButton } from '../../components/FileUpload.js';

const MAX_EVIDENCE = 10;

/** Filing receipts, certificates…: uploaded while recording an outcome, opened by the two sides and staff. */
export function EvidenceUpload({ files, onChange }: { files: FileInfo[]; onChange: (files: FileInfo[]) => void }) {
  const { t } = useTranslation();
  const remove = useDeleteFile();
  return (
    <Fieldset legend={t('portal.files.evidence')} hint={t('portal.files.evidenceHint')}>
      {files.length > 0 && (
        <ul className="plain-list">
          {files.map((file) => (
            <li key={file.id} className="file-row">
              <span>{file.name}</span>
              <button
                type="button"
                className="btn btn--ghost btn--small"
                aria-label={t('portal.files.removeNamed', { name: file.name })}
                disabled={remove.isPending}
                onClick={() => remove.mutate(file.id, { onSuccess: () => onChange(files.filter((f) => f.id !== file.id)) })}
              >
                {t('common.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {files.length < MAX_EVIDENCE && (
        <FileUploadButton purpose="evidence" label={t('portal.files.addEvidence')} onUploaded={(file) => onChange([...files, file])} />
      )}
    </Fieldset>
  );
}

/** The evidence files of a recorded outcome, for those who may open them. */
export function EvidenceLinks({ fileIds }: { fileIds: string[] | undefined }) {
  const { t } = useTranslation();
  if (!fileIds?.length) return null;
  return (
    <ul className="plain-list">
      {fileIds.map((id, i) => (
        <li key={id}>
          <a href={fileUrl(id)} download>
            {t('portal.files.evidenceN', { n: i + 1 })}
          </a>
        </li>
      ))}
    </ul>
  );
}
