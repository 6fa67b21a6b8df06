import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../api/hooks/profiles.js';
import { useLabels } from '../api/hooks/reference.js';
import type { ProfileKind } from '@ketnoi/contract';
import { matchesFolded } from '../lib/text.js';
import { oneOf } from '../lib/codes.js';
import { Fieldset } from './Field.js';
import { InlineSelect } from './InlineSelect.js';
import { FilterBox } from './SearchBar.js';

interface Props {
  label: string;
  kinds: ProfileKind[];
  province?: string;
  value: string;
  onChange: (profileId: string, name: string) => void;
  error?: string;
}

/** Choose one profile from the directory: a kind filter, a name filter (diacritics optional) and a list. */
export function ProfilePicker({ label, kinds, province, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const id = useId();
  const [kind, setKind] = useState<ProfileKind>(kinds[0]!);
  const [filter, setFilter] = useState('');
  const directory = useDirectory({ kind, ...(province ? { province } : {}) });
  const items = (directory.data?.items ?? []).filter((p) => !filter || matchesFolded(`${p.name} ${p.headline}`, filter));

  return (
    <Fieldset legend={label} hint={t('picker.verifiedMark')} error={error} className="picker">
      <div className="picker__filters">
        {kinds.length > 1 && (
          <InlineSelect
            label={t('fields.kind')}
            hideLabel
            value={kind}
            onChange={(next) => setKind(oneOf(kinds, next) ?? kind)}
            options={kinds.map((k) => ({ value: k, label: t(`roles.${k}`) }))}
          />
        )}
        <FilterBox label={t('picker.filter')} value={filter} onChange={setFilter} />
      </div>
      <label htmlFor={`${id}-list`} className="visually-hidden">
        {label}
      </label>
      <select
        id={`${id}-list`}
        className="input picker__list"
        size={Math.min(6, Math.max(2, items.length))}
        value={value}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          const chosen = items.find((p) => p.id === e.target.value);
          if (chosen) onChange(chosen.id, chosen.name);
        }}
      >
        {/* Nothing chosen yet: without an option for "", React selects the first profile, which then
            shows as chosen and cannot be picked (tapping it changes nothing). */}
        <option value="" disabled hidden />
        {directory.isPending && <option disabled>{t('common.loading')}</option>}
        {!directory.isPending && items.length === 0 && <option disabled>{t('picker.none')}</option>}
        {items.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name} · {labels.province(p.province)}
            {p.verified ? ' ✓' : ''}
          </option>
        ))}
      </select>
    </Fieldset>
  );
}
