import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { focusOnMount } from '../../lib/focus.js';
import { useCreateNeed, useUpdateNeed } from '../../api/hooks/needs.js';
import { useLabels } from '../../api/hooks/reference.js';
import { NEED_CATEGORIES, type Need, type NeedCategoryCode } from '@ketnoi/contract';
import { Fieldset, SelectField } from '../../components/Field.js';
import { FormError } from '../../components/States.js';
import { formatPercent } from '../../lib/format.js';
import { NeedFields, useNeedDraft, type NeedValues } from './NeedFields.js';
import { DraftNotice } from '../../components/DraftNotice.js';
import { useDraft } from '../../lib/useDraft.js';
import { newClientId } from '../../lib/clientId.js';

/** After the server classified a need: show its guess and the alternatives, let the founder confirm or change. */
export function CategoryConfirm({ need, onConfirmed }: { need: Need; onConfirmed: (need: Need) => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const update = useUpdateNeed();
  const suggestions = need.suggestedCategories ?? [];
  const [choice, setChoice] = useState<NeedCategoryCode>(need.category);
  const others = NEED_CATEGORIES.filter((c) => !suggestions.some((s) => s.code === c));

  const confirm = () => {
    if (choice === need.category) {
      onConfirmed(need);
      return;
    }
    update.mutate({ id: need.id, patch: { category: choice } }, { onSuccess: (saved) => onConfirmed(saved) });
  };

  return (
    <section className="card suggest" aria-labelledby="suggest-title">
      {/* It replaces the form just sent: its question takes the focus so the founder reads on from it. */}
      <h2 id="suggest-title" tabIndex={-1} ref={focusOnMount}>
        {t('needs.suggestTitle')}
      </h2>
      <p>
        {t('needs.suggestLead')} <strong data-testid="suggested-category">{labels.category(need.category)}</strong>
      </p>
      <Fieldset legend={t('needs.suggestChoose')}>
        <ul className="suggest__list">
          {suggestions.map((s) => (
            <li key={s.code}>
              <label className="radio-row">
                <input type="radio" name="category" value={s.code} checked={choice === s.code} onChange={() => setChoice(s.code)} />
                <span>{labels.category(s.code)}</span>
                <span className="muted">{t('needs.confidence', { value: formatPercent(s.confidence) })}</span>
              </label>
            </li>
          ))}
        </ul>
      </Fieldset>
      <SelectField
        label={t('needs.otherCategory')}
        value={suggestions.some((s) => s.code === choice) ? '' : choice}
        onChange={(e) => e.target.value && setChoice(e.target.value as NeedCategoryCode)}
        options={others.map((c) => ({ value: c, label: labels.category(c) }))}
        placeholder={t('common.choose')}
      />
      <FormError error={update.error} />
      <button type="button" className="btn btn--primary" onClick={confirm} disabled={update.isPending}>
        {update.isPending ? t('common.saving') : t('needs.confirmCategory')}
      </button>
    </section>
  );
}

const NEW_NEED: NeedValues = { title: '', description: '', urgency: 'normal', category: '' };

export function NeedForm({ startupId, onCreated }: { startupId?: string; onCreated?: (need: Need) => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const create = useCreateNeed();
  // A founder's own need, kept through a lost tab; not one staff write for a startup at their desk.
  const kept = useDraft(startupId ? null : { form: 'need', id: 'new' }, NEW_NEED);
  const draft = useNeedDraft(NEW_NEED, kept);
  const { attachForm } = draft;
  const [created, setCreated] = useState<Need | null>(null);
  const [confirmed, setConfirmed] = useState<Need | null>(null);
  // One per need written: sending again after a lost answer gets the need already made, not a second.
  const [clientId, setClientId] = useState(newClientId);

  const reset = () => {
    setClientId(newClientId());
    draft.reset();
    setCreated(null);
    setConfirmed(null);
    create.reset();
  };

  const onSubmit = draft.submit(({ category, ...fields }) =>
    create.mutate(
      { ...(startupId ? { startupId } : {}), ...fields, ...(category ? { category } : {}), clientId },
      {
        onSuccess: (need) => {
          kept.clear();
          setCreated(need);
          // A category the founder chose needs no confirmation.
          if (category || !need.suggestedCategories?.length) setConfirmed(need);
          onCreated?.(need);
        },
        onError: draft.showServerError,
      },
    ),
  );

  if (confirmed) {
    return (
      // Focused when it replaces the form or the category question, so the next steps are read from it.
      <div className="card notice notice--ok" role="status" tabIndex={-1} ref={focusOnMount}>
        <p>{t('needs.saved', { category: labels.category(confirmed.category) })}</p>
        <div className="form__actions">
          <Link className="btn btn--primary" to={`/needs/${confirmed.id}`}>
            {t('needs.seeMatches')}
          </Link>
          <button type="button" className="btn btn--secondary" onClick={reset}>
            {t('needs.another')}
          </button>
        </div>
      </div>
    );
  }
  if (created) return <CategoryConfirm need={created} onConfirmed={setConfirmed} />;

  return (
    <form ref={attachForm} className="form card" onSubmit={onSubmit} noValidate>
      <DraftNotice draft={kept} onDiscard={kept.discard} />
      <NeedFields draft={draft} isNew />
      {create.isError && !draft.hasErrors && <FormError error={create.error} />}
      <button type="submit" className="btn btn--primary" disabled={create.isPending}>
        {create.isPending ? t('common.sending') : t('needs.submit')}
      </button>
    </form>
  );
}
