import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NEED_CATEGORIES, URGENCIES, type Need, type NeedCategoryCode, type NeedStatus, type UrgencyCode } from '@ketnoi/contract';
import { useUpdateNeed } from '../../api/hooks/needs.js';
import { useLabels } from '../../api/hooks/reference.js';
import { fieldErrors } from '../../api/errors.js';
import { SelectField, TextArea, TextField } from '../../components/Field.js';
import { PanelForm } from '../../components/PanelForm.js';
import { FormError } from '../../components/States.js';

type Errors = Partial<Record<'title' | 'description', string>>;

/** Change what a need says: title, description, urgency and category. */
function NeedEditForm({ need, onDone }: { need: Need; onDone: () => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const update = useUpdateNeed();
  const [title, setTitle] = useState(need.title);
  const [description, setDescription] = useState(need.description);
  const [urgency, setUrgency] = useState<UrgencyCode>(need.urgency);
  const [category, setCategory] = useState<NeedCategoryCode>(need.category);
  const [errors, setErrors] = useState<Errors>({});

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const next: Errors = {};
    if (!title.trim()) next.title = t('validation.required');
    if (description.trim().length < 10) next.description = t('validation.tooShort', { min: 10 });
    setErrors(next);
    if (Object.keys(next).length) return;
    update.mutate(
      { id: need.id, patch: { title: title.trim(), description: description.trim(), urgency, category } },
      { onSuccess: onDone, onError: (e) => setErrors(fieldErrors(e, t)) },
    );
  };

  return (
    <form className="form card" onSubmit={onSubmit} noValidate aria-labelledby="edit-need">
      <h2 id="edit-need">{t('needs.editTitle')}</h2>
      <TextField
        label={t('needs.titleLabel')}
        value={title}
        maxLength={200}
        onChange={(e) => setTitle(e.target.value)}
        error={errors.title}
        required
      />
      <TextArea
        label={t('needs.descriptionLabel')}
        rows={5}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={errors.description}
        required
      />
      <div className="grid-2">
        <SelectField
          label={t('needs.urgency')}
          value={urgency}
          onChange={(e) => setUrgency(e.target.value as UrgencyCode)}
          options={URGENCIES.map((u) => ({ value: u, label: t(`urgency.${u}`) }))}
        />
        <SelectField
          label={t('needs.category')}
          value={category}
          onChange={(e) => setCategory(e.target.value as NeedCategoryCode)}
          options={NEED_CATEGORIES.map((c) => ({ value: c, label: labels.category(c) }))}
        />
      </div>
      {update.isError && !Object.values(errors).some(Boolean) && <FormError error={update.error} />}
      <div className="form__actions">
        <button type="submit" className="btn btn--primary" disabled={update.isPending}>
          {update.isPending ? t('common.saving') : t('needs.saveChanges')}
        </button>
        <button type="button" className="btn btn--ghost" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * What the startup (or staff of its province) can do with a need (issue 14 item 22): edit it,
 * withdraw it (closed: helpers no longer see it), mark it resolved, or reopen it.
 */
export function NeedActions({ need }: { need: Need }) {
  const { t } = useTranslation();
  const update = useUpdateNeed();
  const [panel, setPanel] = useState<'none' | 'edit' | 'withdraw'>('none');
  const move = (status: NeedStatus) => update.mutate({ id: need.id, patch: { status } }, { onSuccess: () => setPanel('none') });
  const active = need.status === 'open' || need.status === 'in_progress';

  if (panel === 'edit') return <NeedEditForm need={need} onDone={() => setPanel('none')} />;
  if (panel === 'withdraw')
    return (
      <section className="card" aria-labelledby="withdraw-need">
        <h2 id="withdraw-need">{t('needs.withdrawTitle')}</h2>
        <PanelForm
          onSubmit={() => move('closed')}
          submitLabel={t('needs.confirmWithdraw')}
          closeLabel={t('common.back')}
          onClose={() => setPanel('none')}
          pending={update.isPending}
          error={update.error ?? undefined}
        >
          <p>{t('needs.withdrawExplain')}</p>
        </PanelForm>
      </section>
    );
  return (
    <div className="form__actions need-actions">
      <button type="button" className="btn btn--secondary" onClick={() => setPanel('edit')}>
        {t('needs.edit')}
      </button>
      {active ? (
        <>
          <button type="button" className="btn btn--secondary" disabled={update.isPending} onClick={() => move('resolved')}>
            {t('needs.markResolved')}
          </button>
          <button type="button" className="btn btn--ghost" onClick={() => setPanel('withdraw')}>
            {t('needs.withdraw')}
          </button>
        </>
      ) : (
        <button type="button" className="btn btn--secondary" disabled={update.isPending} onClick={() => move('open')}>
          {t('needs.reopen')}
        </button>
      )}
      <FormError error={update.error} />
    </div>
  );
}
