import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNeeds } from '../../api/hooks/needs.js';
import { useLabels } from '../../api/hooks/reference.js';
import { NEED_CATEGORIES, NEED_STATUSES, type NeedCategoryCode, type NeedStatus } from '@ketnoi/contract';
import { SelectField } from '../../components/Field.js';
import { ProfilePicker } from '../../components/ProfilePicker.js';
import { EmptyState, ItemsView } from '../../components/States.js';
import { NeedForm } from '../needs/NeedForm.js';
import { NeedsList } from '../needs/NeedsList.js';
import { ProvinceScope, useProvinceScope } from './scope.js';
import { oneOf } from '../../lib/codes.js';

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
        <SelectField
          label={t('needs.category')}
          value={category}
          onChange={(e) => setCategory(oneOf(NEED_CATEGORIES, e.target.value) ?? '')}
          options={NEED_CATEGORIES.map((c) => ({ value: c, label: labels.category(c) }))}
          placeholder={t('common.all')}
        />
        <SelectField
          label={t('fields.status')}
          value={status}
          onChange={(e) => setStatus(oneOf(NEED_STATUSES, e.target.value) ?? '')}
          options={NEED_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          placeholder={t('common.all')}
        />
      </div>
      <h2 className="visually-hidden">{t('staffNeeds.listHeading')}</h2>
      <ItemsView query={needs} empty={<EmptyState title={t('needs.empty')} />}>
        {(items) => <NeedsList needs={items} showStartup />}
      </ItemsView>
    </div>
  );
}
