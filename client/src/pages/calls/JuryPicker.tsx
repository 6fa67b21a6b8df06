import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JuryMember } from '@ketnoi/contract';
import { useJudgeCandidates } from '../../api/hooks/calls.js';
import { useLabels } from '../../api/hooks/reference.js';
import { TextField } from '../../components/Field.js';

/** The jury: chosen judges as chips, and staff of the province or experts serving it to add. */
export function JuryPicker({
  eventId,
  jury,
  error,
  onChange,
}: {
  eventId: string;
  jury: JuryMember[];
  error?: string;
  onChange: (jury: JuryMember[]) => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [q, setQ] = useState('');
  const query = useDeferredValue(q.trim());
  const candidates = useJudgeCandidates(eventId, query);
  const chosen = new Set(jury.map((j) => j.userId));
  const who = (m: JuryMember) =>
    [t(`calls.editor.role.${m.role === 'staff' ? 'staff' : 'expert'}`), m.province ? labels.province(m.province) : null]
      .filter(Boolean)
      .join(' · ');

  return (
    <section className="card" aria-labelledby="jury-title">
      <h2 id="jury-title">{t('calls.editor.jury')}</h2>
      <p className="muted">{t('calls.editor.juryLead')}</p>
      {jury.length === 0 ? (
        <p className="muted">{t('calls.editor.noJudges')}</p>
      ) : (
        <ul className="chips" aria-label={t('calls.editor.jury')}>
          {jury.map((m) => (
            <li key={m.userId} className="chip">
              {m.name}
              <button
                type="button"
                className="chip__remove"
                aria-label={t('common.removeItem', { item: m.name })}
                onClick={() => onChange(jury.filter((j) => j.userId !== m.userId))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <TextField label={t('calls.editor.findJudge')} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
      <ul className="plain-list jury-candidates">
        {(candidates.data?.items ?? [])
          .filter((m) => !chosen.has(m.userId))
          .slice(0, 8)
          .map((m) => (
            <li key={m.userId} className="jury-candidate">
              <span>
                <strong>{m.name}</strong>
                <small className="muted"> {who(m)}</small>
              </span>
              <button type="button" className="btn btn--small btn--secondary" onClick={() => onChange([...jury, m])}>
                {t('calls.editor.addJudge')}
              </button>
            </li>
          ))}
      </ul>
    </section>
  );
}
