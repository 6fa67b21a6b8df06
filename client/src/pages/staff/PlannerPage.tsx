import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNeeds } from '../../api/hooks/needs.js';
import { usePlan } from '../../api/hooks/matches.js';
import type { PlanInput } from '@ketnoi/contract';
import { SelectField, TextField } from '../../components/Field.js';
import { EmptyState, FormError, Progress, ItemsView } from '../../components/States.js';
import { PlanResult } from './PlanResult.js';
import { ScopedPage, useProvinceScope } from './scope.js';
import { NeedChecklist } from '../needs/NeedChecklist.js';

function useElapsedSeconds(running: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!running) return;
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 500);
    return () => {
      clearInterval(timer);
      setSeconds(0);
    };
  }, [running]);
  return seconds;
}

/** Cohort planning: many needs to a pool of experts/providers, each with a capacity. */
export default function PlannerPage() {
  const { t } = useTranslation();
  const { province } = useProvinceScope();
  const needs = useNeeds({ status: 'open', ...(province ? { province } : {}) });
  const [selected, setSelected] = useState<string[]>([]);
  const [kind, setKind] = useState<PlanInput['kind']>('expert');
  const [capacity, setCapacity] = useState('3');
  const [error, setError] = useState<string | undefined>();
  const plan = usePlan();
  const elapsed = useElapsedSeconds(plan.isPending);
  const byId = useMemo(() => new Map((needs.data?.items ?? []).map((n) => [n.id, n])), [needs.data]);
  const all = needs.data?.items ?? [];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (selected.length === 0) {
      setError(t('planner.pickNeeds'));
      return;
    }
    if (!/^\d+$/.test(capacity) || Number(capacity) < 1) {
      setError(t('validation.wholeNumber', { min: 1 }));
      return;
    }
    setError(undefined);
    plan.mutate({ needIds: selected, kind, capacityPerCandidate: Number(capacity) });
  };

  return (
    <ScopedPage title={t('planner.title')} lead={t('planner.lead')} wide>
      <form className="form" onSubmit={onSubmit} noValidate>
        <section className="card">
          <div className="page__head">
            <h2>{t('planner.needs', { count: selected.length })}</h2>
            {all.length > 0 && (
              <button
                type="button"
                className="btn btn--ghost btn--small"
                onClick={() => setSelected(selected.length === all.length ? [] : all.map((n) => n.id))}
              >
                {selected.length === all.length ? t('planner.selectNone') : t('planner.selectAll')}
              </button>
            )}
          </div>
          <ItemsView query={needs} empty={<EmptyState title={t('planner.noNeeds')} />}>
            {(items) => <NeedChecklist needs={items} selected={selected} onChange={setSelected} />}
          </ItemsView>
        </section>
        <div className="grid-2">
          <SelectField
            label={t('planner.kind')}
            value={kind}
            onChange={(e) => setKind(e.target.value as PlanInput['kind'])}
            options={[
              { value: 'expert', label: t('roles.plural.expert') },
              { value: 'provider', label: t('roles.plural.provider') },
            ]}
          />
          <TextField
            label={t('planner.capacity')}
            inputMode="numeric"
            value={capacity}
            onChange={(e) => setCapacity(e.target.value)}
            hint={t('planner.capacityHint')}
          />
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <FormError error={plan.error} />
        {plan.isPending && <Progress label={t('planner.running', { seconds: elapsed })} />}
        <button type="submit" className="btn btn--primary" disabled={plan.isPending}>
          {t('planner.run')}
        </button>
      </form>
      {plan.data && <PlanResult key={JSON.stringify(plan.data.assignments)} plan={plan.data} needs={byId} />}
    </ScopedPage>
  );
}
