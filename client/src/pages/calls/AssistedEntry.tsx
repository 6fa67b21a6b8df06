import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Call } from '@ketnoi/contract';
import { useCallEntries } from '../../api/hooks/calls.js';
import { ProfilePicker } from '../../components/ProfilePicker.js';
import { EntryForm } from './EntryForm.js';

/**
 * Assisted mode: staff submit (or correct) the entry of a founder who came with paper or without
 * a phone. The startup is one of the province's; its entry, if any, opens for editing.
 */
export function AssistedEntry({ call, province }: { call: Call; province: string }) {
  const { t } = useTranslation();
  const [startup, setStartup] = useState<{ id: string; name: string } | null>(null);
  const entries = useCallEntries(call.eventId, { as: 'organiser' });
  const existing = startup ? (entries.data?.find((e) => e.startupId === startup.id) ?? null) : null;

  return (
    <section className="card assisted" aria-labelledby="assisted-title">
      <h2 id="assisted-title">{t('calls.assisted.title')}</h2>
      {call.open ? (
        <>
          <p className="muted">{t('calls.assisted.lead')}</p>
          <ProfilePicker
            label={t('calls.assisted.startup')}
            kinds={['startup']}
            province={province}
            value={startup?.id ?? ''}
            onChange={(id, name) => setStartup({ id, name })}
          />
          {startup && entries.isSuccess && (
            <EntryForm key={startup.id} call={call} entry={existing} startupId={startup.id} assistedFor={startup.name} />
          )}
        </>
      ) : (
        <p className="muted">{t('calls.assisted.closed')}</p>
      )}
    </section>
  );
}
