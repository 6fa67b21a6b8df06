import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Need, NeedStatus } from '@ketnoi/contract';
import { useUpdateNeed } from '../../api/hooks/needs.js';
import { PanelForm } from '../../components/PanelForm.js';
import { FormActions } from '../../components/FormActions.js';
import { FormError } from '../../components/States.js';
import { NeedFields, useNeedDraft } from './NeedFields.js';

/** Change what a need says: title, description, urgency and category. */
function NeedEditForm({ need, onDone }: { need: Need; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateNeed();
  const draft = useNeedDraft({ title: need.title, description: need.description, urgency: need.urgency, category: need.category });
  const { attachForm } = draft;

  const onSubmit = draft.submit(({ category, ...fields }) =>
    update.mutate(
      { id: need.id, patch: { ...fields, category: category || need.category } },
      { onSuccess: onDone, onError: draft.showServerError },
    ),
  );

  return (
    <form ref={attachForm} className="form card" onSubmit={onSubmit} noValidate aria-labelledby="edit-need">
      <h2 id="edit-need">{t('needs.editTitle')}</h2>
      <NeedFields draft={draft} isNew={false} />
      {update.isError && !draft.hasErrors && <FormError error={update.error} />}
      <FormActions
        submitLabel={update.isPending ? t('common.saving') : t('needs.saveChanges')}
        pending={update.isPending}
        onCancel={onDone}
      />
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
