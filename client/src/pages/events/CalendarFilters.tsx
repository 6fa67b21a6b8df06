import { useTranslation } from 'react-i18next';
import { EVENT_KINDS, NEED_CATEGORIES } from '@ketnoi/contract';
import { useLabels, useReference } from '../../api/hooks/reference.js';
import { InlineSelect } from '../../components/InlineSelect.js';

export interface CalendarFilterValues {
  province: string;
  region: string;
  kind: string;
  topic: string;
}

interface Props {
  values: CalendarFilterValues;
  onChange: (patch: Partial<CalendarFilterValues>) => void;
}

/** Province, region, kind and topic: compact selects that wrap two by two on a phone. */
export function CalendarFilters({ values, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const reference = useReference().data;
  const en = i18n.language.startsWith('en');
  const provinces = (reference?.provinces ?? []).slice().sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const regions = reference?.regions ?? [];
  const select = (name: keyof CalendarFilterValues, label: string, all: string, options: Array<{ value: string; label: string }>) => (
    <InlineSelect
      className="calendar-filter"
      label={label}
      value={values[name]}
      onChange={(value) => onChange({ [name]: value })}
      options={options}
      allLabel={all}
    />
  );
  return (
    <div className="calendar-filters" role="group" aria-label={t('events.filters.label')}>
      {select(
        'province',
        t('events.filters.province'),
        t('events.filters.allProvinces'),
        provinces.map((p) => ({ value: p.code, label: p.name })),
      )}
      {select(
        'region',
        t('events.filters.region'),
        t('events.filters.allRegions'),
        regions.map((r) => ({ value: r.code, label: en ? r.en : r.vi })),
      )}
      {select(
        'kind',
        t('events.filters.kind'),
        t('events.filters.allKinds'),
        EVENT_KINDS.map((k) => ({ value: k, label: t(`events.kind.${k}`) })),
      )}
      {select(
        'topic',
        t('events.filters.topic'),
        t('events.filters.allTopics'),
        NEED_CATEGORIES.map((c) => ({ value: c, label: labels.category(c) })),
      )}
    </div>
  );
}
