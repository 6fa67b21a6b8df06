import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCreateIntro } from '../../api/hooks/intros.js';
import { useNeeds } from '../../api/hooks/needs.js';
import { useMatches } from '../../api/hooks/matches.js';
import { useLabels } from '../../api/hooks/reference.js';
import { fieldErrors } from '../../api/errors.js';
import { SelectField, TextArea } from '../../components/Field.js';
import { ProfilePicker } from '../../components/ProfilePicker.js';
import { FormError } from '../../components/States.js';
import { ScoreBar } from '../../components/ScoreBar.js';
import { defaultKindFor } from '../../lib/kinds.js';
import { ScopedPage, useProvinceScope } from './scope.js';

type Errors = Partial<Record<'a' | 'b' | 'message', string>>;

/** Staff introduce two parties; both must accept (double opt-in). */
export default function BrokerPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const [params] = useSearchParams();
  const { province } = useProvinceScope();
  const [a, setA] = useState(params.get('a') ?? '');
  const [b, setB] = useState('');
  const [needId, setNeedId] = useState(params.get('need') ?? '');
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const create = useCreateIntro();
  const needs = useNeeds({ startupId: a, status: 'open' }, !!a);
  const need = needs.data?.items.find((n) => n.id === needId);
  const suggestions = useMatches(a && need ? { for: a, needId: need.id, kind: defaultKindFor(need.category), limit: 5 } : null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const next: Errors = {};
    if (!a) next.a = t('validation.choose');
    if (!b) next.b = t('validation.choose');
    if (a && b && a === b) next.b = t('broker.samePerson');
    if (!message.trim()) next.message = t('validation.required');
    setErrors(next);
    if (Object.keys(next).length) return;
    create.mutate(
      { fromProfileId: a, toProfileId: b, message: message.trim(), ...(needId ? { needId } : {}) },
      { onError: (e) => setErrors(fieldErrors(e, t) as Errors) },
    );
  };

  if (create.isSuccess) {
    return (
      <div className="page">
        <h1>{t('broker.title')}</h1>
        <div className="notice notice--ok" role="status">
          <p>{t('broker.sent')}</p>
          <div className="form__actions">
            <Link to="/staff" className="btn btn--primary">
              {t('queue.title')}
            </Link>
            <button
              type="button"
              className="btn btn--secondary"
              onClick={() => {
                create.reset();
                setB('');
                setMessage('');
              }}
            >
              {t('broker.another')}
            </button>
          </div>
        </div>
      </div>
    );
  }

  return (
    <ScopedPage title={t('broker.title')} lead={t('broker.lead')}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <div className="grid-2">
          <section className="card">
            <ProfilePicker
              label={t('broker.partyA')}
              kinds={['startup']}
              province={province || undefined}
              value={a}
              onChange={(id) => {
                setA(id);
                setNeedId('');
              }}
              error={errors.a}
            />
            {a && (
              <SelectField
                label={t('broker.need')}
                value={needId}
                onChange={(e) => setNeedId(e.target.value)}
                options={(needs.data?.items ?? []).map((n) => ({ value: n.id, label: `${n.title} (${labels.category(n.category)})` }))}
                placeholder={t('broker.noNeed')}
              />
            )}
          </section>
          <section className="card">
            <ProfilePicker
              label={t('broker.partyB')}
              kinds={['expert', 'provider', 'investor', 'startup']}
              value={b}
              onChange={(id) => setB(id)}
              error={errors.b}
            />
            {suggestions.data && suggestions.data.items.length > 0 && (
              <div className="quick-picks">
                <p className="field__label">{t('broker.suggested')}</p>
                <ul className="plain-list">
                  {suggestions.data.items.map((m) => (
                    <li key={m.profile.id}>
                      <button
                        type="button"
                        className="btn btn--ghost btn--block quick-pick"
                        aria-pressed={b === m.profile.id}
                        onClick={() => setB(m.profile.id)}
                      >
                        <span>{m.profile.name}</span>
                        <ScoreBar value={m.score} label={t('matches.score', { name: m.profile.name })} />
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </section>
        </div>
        <TextArea
          label={t('broker.message')}
          hint={t('broker.messageHint')}
          value={message}
          onChange={(e) => setMessage(e.target.value)}
          error={errors.message}
          required
        />
        {create.isError && !Object.values(errors).some(Boolean) && <FormError error={create.error} />}
        <button type="submit" className="btn btn--primary" disabled={create.isPending}>
          {create.isPending ? t('common.sending') : t('broker.send')}
        </button>
      </form>
    </ScopedPage>
  );
}
