// A venue lent by a support provider of the province (a start-up space's hall, a university's lab):
// the provider and, when it lists them, one of its resources. The event page then says whose place
// it is and links to the provider, and the venue's name is filled from the resource if still empty.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProfile } from '../../api/hooks/profiles.js';
import { ProfilePicker } from '../../components/ProfilePicker.js';

export interface VenueProviderValue {
  providerId: string;
  providerName: string;
  resource: string;
}

interface Props {
  province: string;
  value: VenueProviderValue;
  onChange: (value: VenueProviderValue) => void;
  error?: string;
}

export function VenueProvider({ province, value, onChange, error }: Props) {
  const { t } = useTranslation();
  // Closed, it asks nothing of the server: the directory is read once someone opens it.
  const [open, setOpen] = useState(!!value.providerId);
  const provider = useProfile(value.providerId || undefined);
  const resources = provider.data?.resources ?? [];
  return (
    <details className="subcard venue-provider" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('events.form.venueProvider')}</summary>
      <p className="muted">{t('events.form.venueProviderHint')}</p>
      {open && (
        <ProfilePicker
          label={t('events.form.venueProviderPick')}
          kinds={['provider']}
          province={province || undefined}
          value={value.providerId}
          onChange={(providerId, providerName) => onChange({ providerId, providerName, resource: '' })}
          error={error}
        />
      )}
      {open && value.providerId && (
        <div className="form__actions">
          {resources.length > 0 && (
            <label className="calendar-filter">
              <span>{t('events.form.venueResource', { name: value.providerName || provider.data?.name })}</span>
              <select
                className="input"
                value={value.resource}
                onChange={(e) =>
                  onChange({ ...value, providerName: value.providerName || provider.data?.name || '', resource: e.target.value })
                }
              >
                <option value="">{t('events.form.venueResourceNone')}</option>
                {resources.map((r) => (
                  <option key={r.name} value={r.name}>
                    {r.capacity ? t('events.form.venueResourceWithCapacity', { name: r.name, count: r.capacity }) : r.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button
            type="button"
            className="btn btn--ghost btn--small"
            onClick={() => onChange({ providerId: '', providerName: '', resource: '' })}
          >
            {t('events.form.venueProviderClear')}
          </button>
        </div>
      )}
    </details>
  );
}
