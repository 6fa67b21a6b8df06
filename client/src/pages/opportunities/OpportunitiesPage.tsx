import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NEED_CATEGORIES, OPPORTUNITY_TYPES, type OpportunityListParams } from '@ketnoi/contract';
import { useMe } from '../../api/hooks/auth.js';
import { useOpportunities } from '../../api/hooks/opportunities.js';
import { useLabels } from '../../api/hooks/reference.js';
import { pageTitle, usePageTitle } from '../../app/pageTitle.js';
import { oneOf } from '../../lib/codes.js';
import { useUrlParams } from '../../lib/useUrlParams.js';
import { CheckboxField, SelectField } from '../../components/Field.js';
import { ProvinceSelect } from '../../components/ProvinceSelect.js';
import { PublicNav } from '../../components/PublicNav.js';
import { SearchBar } from '../../components/SearchBar.js';
import { EmptyState, ItemsView, ListOf } from '../../components/States.js';
import { usePortalProvince } from '../portal/province.js';
import { OpportunityCard } from './OpportunityCard.js';
import { OpportunityForm } from './OpportunityForm.js';

/** /opportunities: open offers and requests, searchable without diacritics; signed-in profiles post their own. */
export default function OpportunitiesPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const [params, update] = useUrlParams();
  const province = usePortalProvince();
  const [posting, setPosting] = useState(false);
  const mine = params.get('mine') === 'true' && !!me?.profile;
  const query: OpportunityListParams = {
    q: params.get('q') || undefined,
    type: oneOf(OPPORTUNITY_TYPES, params.get('type')),
    category: oneOf(NEED_CATEGORIES, params.get('category')),
    province,
    ...(mine ? { mine: 'true' as const } : {}),
  };
  const list = useOpportunities(query);
  usePageTitle(pageTitle(t('portal.opportunities.title')));
  return (
    <div className="page page--wide public-page">
      {!me && <PublicNav province={province} />}
      <div className="page__head">
        <h1>{t('portal.opportunities.title')}</h1>
        {me?.profile && !posting && (
          <button type="button" className="btn btn--primary" onClick={() => setPosting(true)}>
            {t('portal.opportunities.new')}
          </button>
        )}
      </div>
      <p className="muted">{t('portal.opportunities.lead')}</p>
      {posting && me?.profile && (
        <section className="card">
          <h2>{t('portal.opportunities.new')}</h2>
          <OpportunityForm defaultProvince={me.profile.province} onDone={(saved) => void navigate(`/opportunities/${saved.id}`)} />
          <button type="button" className="btn btn--ghost" onClick={() => setPosting(false)}>
            {t('common.cancel')}
          </button>
        </section>
      )}
      <SearchBar
        key={query.q ?? ''}
        id="opportunity-q"
        label={t('portal.opportunities.searchLabel')}
        placeholder={t('portal.opportunities.searchPlaceholder')}
        initial={query.q ?? ''}
        onSearch={(q) => update({ q })}
      />
      <div className="toolbar">
        <SelectField
          label={t('portal.opportunities.type')}
          value={query.type ?? ''}
          onChange={(e) => update({ type: e.target.value })}
          options={OPPORTUNITY_TYPES.map((type) => ({ value: type, label: t(`portal.opportunities.typeName.${type}`) }))}
          placeholder={t('portal.opportunities.allTypes')}
        />
        <SelectField
          label={t('needs.category')}
          value={query.category ?? ''}
          onChange={(e) => update({ category: e.target.value })}
          options={NEED_CATEGORIES.map((code) => ({ value: code, label: labels.category(code) }))}
          placeholder={t('portal.opportunities.allCategories')}
        />
        <ProvinceSelect
          value={province ?? ''}
          onChange={(code) => update({ province: code })}
          placeholder={t('portal.directory.allProvinces')}
        />
        {me?.profile && (
          <CheckboxField label={t('portal.opportunities.mine')} checked={mine} onChange={(on) => update({ mine: on ? 'true' : null })} />
        )}
      </div>
      <h2 className="visually-hidden">{t('portal.opportunities.listHeading')}</h2>
      <ItemsView query={list} empty={<EmptyState title={t('portal.opportunities.empty')} />}>
        {(items) => (
          <ListOf
            items={items}
            item={(opportunity) => <OpportunityCard key={opportunity.id} opportunity={opportunity} labels={labels} />}
          />
        )}
      </ItemsView>
    </div>
  );
}
