// The files of the own-profile editor: the logo, each product's photos and OCOP stars, and the
// documents (pitch deck, brochure) that connected parties may open. An upload is named in the
// profile when it is saved; deleting removes the file at once (the server drops it from the
// saved profile too).
import { useTranslation } from 'react-i18next';
import { OCOP_STARS, type ProfileKind } from '@ketnoi/contract';
import { useDeleteFile } from '../../api/hooks/files.js';
import { FileImage } from '../../components/FileImage.js';
import { Fieldset, SelectField, TextField } from '../../components/Field.js';
import { FileUploadButton } from '../../components/FileUpload.js';
import { FormError } from '../../components/States.js';
import type { DocumentDraft, DraftErrors, ProductDraft } from './profileDraft.js';

const MAX_PHOTOS = 10;
const MAX_DOCUMENTS = 20;

function RemoveFile({ fileId, label, onRemoved }: { fileId: string; label: string; onRemoved: () => void }) {
  const { t } = useTranslation();
  const remove = useDeleteFile();
  return (
    <>
      <button
        type="button"
        className="btn btn--ghost btn--small"
        aria-label={label}
        disabled={remove.isPending}
        onClick={() => remove.mutate(fileId, { onSuccess: onRemoved })}
      >
        {remove.isPending ? t('common.saving') : t('common.remove')}
      </button>
      <FormError error={remove.error} />
    </>
  );
}

/** `person`: an expert, often one person, shows a portrait where an organisation shows its logo (the same file). */
export function LogoField({
  logoFileId,
  name,
  person = false,
  onChange,
}: {
  logoFileId: string | null;
  name: string;
  person?: boolean;
  onChange: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  const words = person ? 'portal.files.portrait' : 'portal.files';
  return (
    <Fieldset legend={t(`${words}.logo`)} hint={t('portal.files.logoHint')}>
      <div className="file-row">
        {logoFileId && (
          <FileImage
            className="logo logo--small"
            fileId={logoFileId}
            alt={t('portal.files.logoOf', { name })}
            width={56}
            height={56}
            smallOnly
          />
        )}
        <FileUploadButton
          purpose="logo"
          label={logoFileId ? t(`${words}.replaceLogo`) : t(`${words}.uploadLogo`)}
          onUploaded={(file) => onChange(file.id)}
        />
        {logoFileId && <RemoveFile fileId={logoFileId} label={t(`${words}.removeLogo`)} onRemoved={() => onChange(null)} />}
      </div>
    </Fieldset>
  );
}

/** A product's photos and OCOP stars, inside the product's sub-form. */
export function ProductFiles({ product, patch }: { product: ProductDraft; patch: (change: Partial<ProductDraft>) => void }) {
  const { t } = useTranslation();
  const name = product.name || t('portal.files.thisProduct');
  return (
    <>
      <Fieldset legend={t('portal.files.photos')}>
        <ul className="photo-list">
          {product.photoFileIds.map((id, i) => (
            <li key={id} className="photo-list__item">
              <FileImage
                fileId={id}
                alt={t('portal.profile.morePhoto', { name, n: i + 1 })}
                width={96}
                height={72}
                smallOnly
                className="photo-list__img"
              />
              <RemoveFile
                fileId={id}
                label={t('portal.files.removePhoto', { n: i + 1 })}
                onRemoved={() => patch({ photoFileIds: product.photoFileIds.filter((x) => x !== id) })}
              />
            </li>
          ))}
        </ul>
        {product.photoFileIds.length < MAX_PHOTOS && (
          <FileUploadButton
            purpose="photo"
            label={t('portal.files.addPhoto')}
            onUploaded={(file) => patch({ photoFileIds: [...product.photoFileIds, file.id] })}
          />
        )}
      </Fieldset>
      <SelectField
        label={t('portal.files.ocop')}
        value={product.ocopStars ? String(product.ocopStars) : ''}
        onChange={(e) => patch({ ocopStars: e.target.value ? (Number(e.target.value) as ProductDraft['ocopStars']) : undefined })}
        options={OCOP_STARS.map((n) => ({ value: String(n), label: t('portal.profile.ocopStars', { count: n }) }))}
        placeholder={t('portal.files.noOcop')}
      />
    </>
  );
}

export function DocumentsField({
  kind,
  documents,
  onChange,
  errors,
}: {
  /** Whose documents: an expert has certificates, not a pitch deck. */
  kind: ProfileKind;
  documents: DocumentDraft[];
  onChange: (documents: DocumentDraft[]) => void;
  errors: DraftErrors;
}) {
  const { t } = useTranslation();
  return (
    // The card's heading names the documents; the legend does not repeat it word for word.
    <Fieldset legend={t('profileDocuments.files')} hint={t(`profileDocuments.hint.${kind}`)}>
      {documents.map((doc, index) => (
        <div key={doc.fileId} className="subcard">
          <p className="muted">{doc.fileName ?? t('portal.files.documentN', { n: index + 1 })}</p>
          <TextField
            label={t('portal.files.documentTitle')}
            value={doc.title}
            maxLength={200}
            onChange={(e) => onChange(documents.map((d, i) => (i === index ? { ...d, title: e.target.value } : d)))}
            error={errors[`documents.${index}.title`]}
            required
          />
          <RemoveFile
            fileId={doc.fileId}
            label={t('portal.files.removeDocument', { title: doc.title || index + 1 })}
            onRemoved={() => onChange(documents.filter((d) => d.fileId !== doc.fileId))}
          />
        </div>
      ))}
      {documents.length < MAX_DOCUMENTS && (
        <FileUploadButton
          purpose="document"
          label={t('portal.files.addDocument')}
          onUploaded={(file) =>
            onChange([...documents, { fileId: file.id, title: file.name.replace(/\.[A-Za-z0-9]{1,5}$/, ''), fileName: file.name }])
          }
        />
      )}
    </Fieldset>
  );
}
