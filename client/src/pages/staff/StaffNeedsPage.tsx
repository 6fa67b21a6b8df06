import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNeeds } from '../../api/hooks/needs.js';
import { useLabels } from '../../api/hooks/reference.js';
import { NEED_CATEGORIES, NEED_STATUSES, type NeedCategoryCode, type NeedStatus } from '@ketnoi/contract';
import { CodeFilter } from '../../components/Field.js';
import { ProfilePicker } from '../../components/ProfilePicker.js';
import { EmptyState, ItemsView } from '../../components/States.js';
import { NeedForm } from '../needs/NeedForm.js';
import { NeedsList } from '../needs/NeedsList.js';
import { ProvinceScope, useProvinceScope } from './scope.js';

/** The province's needs, and writing one down for a founder who called the office. */
export default function StaffNeedsPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { province } = useProvinceScope();
  const [category, setCategory] = useState<NeedCategoryCode | ''>('');
  const [status, setStatus] = useState<NeedStatus | ''>('open');
  const [onBehalf, setOnBehalf] = useState(false);
  const [startupId, setStartupId] = useState('');
  const needs = useNeeds({ ...(province ? { province } : {}), ...(category ? { category } : {}), ...(status ? { status } : {}) });

  return (
    <div className="page">
      <div className="page__head">
        <h1>{t('staffNeeds.title')}</h1>
        <button type="button" className="btn btn--primary" aria-expanded={onBehalf} onClick={() => setOnBehalf((v) => !v)}>
          {t('staffNeeds.onBehalf')}
        </button>
      </div>
      <ProvinceScope />
      {onBehalf && (
        <section className="card">
          <ProfilePicker
            label={t('staffNeeds.forStartup')}
            kinds={['startup']}
            province={province || undefined}
            value={startupId}
            onChange={(id) => setStartupId(id)}
          />
          {startupId && <NeedForm key={startupId} startupId={startupId} />}
        </section>
      )}
      <div className="toolbar">
        <CodeFilter
          label={t('needs.category')}
          codes={NEED_CATEGORIES}
          value={category}
          onChange={setCategory}
          labelOf={labels.category}
          all={t('common.all')}
        />
        <CodeFilter
          label={t('fields.status')}
          codes={NEED_STATUSES}
          value={status}
          onChange={setStatus}
          labelOf={(s) => t(`status.${s}`)}
          all={t('common.all')}
        />
      </div>
      <h2 className="visually-hidden">{t('staffNeeds.listHeading')}</h2>
      <ItemsView query={needs} empty={<EmptyState title={t('needs.empty')} />}>
        {(items) => <NeedsList needs={items} showStartup />}
      </ItemsView>
    </div>
  );
}
