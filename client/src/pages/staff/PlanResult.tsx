import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { introsApi } from '../../api/intros.js';
import { queryKeys } from '../../api/keys.js';
import type { Need, Plan } from '@ketnoi/contract';
import { ProfileLink } from '../../components/ProfileName.js';
import { TextArea } from '../../components/Field.js';
import { ScoreBar } from '../../components/ScoreBar.js';
import { Progress } from '../../components/States.js';
import { Table } from '../../components/Table.js';
import { formatNumber } from '../../lib/format.js';

/** The proposed assignment, and a way to turn it into brokered introductions one by one. */
export function PlanResult({ plan, needs }: { plan: Plan; needs: Map<string, Need> }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState(() => t('planner.defaultMessage'));
  const [sending, setSending] = useState<{ done: number; failed: number } | null>(null);
  const [finished, setFinished] = useState(false);
  const title = (id: string) => needs.get(id)?.title ?? id;

  const sendAll = async () => {
    setFinished(false);
    let done = 0;
    let failed = 0;
    setSending({ done, failed });
    for (const a of plan.assignments) {
      const need = needs.get(a.needId);
      try {
        if (!need) throw new Error('unknown need');
        await introsApi.create({ fromProfileId: need.startupId, toProfileId: a.profileId, needId: a.needId, message });
        done += 1;
      } catch {
        failed += 1;
      }
      setSending({ done, failed });
    }
    setFinished(true);
    void queryClient.invalidateQueries({ queryKey: queryKeys.intros });
    void queryClient.invalidateQueries({ queryKey: queryKeys.staffQueue });
  };

  const total = plan.assignments.length;
  return (
    <section className="card" aria-labelledby="plan-title">
      <h2 id="plan-title">{t('planner.result')}</h2>
      <p>
        {t('planner.summary', { assigned: total, unassigned: plan.unassigned.length })} · {t('planner.total')}:{' '}
        <strong data-testid="plan-total">{formatNumber(Math.round(plan.totalScore * 100) / 100)}</strong>
      </p>
      {total > 0 && (
        <Table columns={[t('planner.need'), t('planner.assignee'), t('planner.score')]}>
          {plan.assignments.map((a) => (
            <tr key={a.needId}>
              <td>{title(a.needId)}</td>
              <td>
                <ProfileLink profile={a.profile} />
              </td>
              <td>
                <ScoreBar value={a.score} label={t('planner.scoreFor', { need: title(a.needId) })} />
              </td>
            </tr>
          ))}
        </Table>
      )}
      {plan.unassigned.length > 0 && (
        <>
          <h3>{t('planner.unassigned')}</h3>
          <ul className="plain-list">
            {plan.unassigned.map((id) => (
              <li key={id}>{title(id)}</li>
            ))}
          </ul>
        </>
      )}
      {total > 0 && (
        <div className="form">
          <TextArea label={t('planner.introMessage')} rows={2} value={message} onChange={(e) => setMessage(e.target.value)} />
          {sending && !finished && (
            <Progress
              label={t('planner.sending', { done: sending.done + sending.failed, total })}
              value={(sending.done + sending.failed) / total}
            />
          )}
          {finished && sending && (
            <p className={sending.failed ? 'form-error' : 'notice notice--ok'} role="status">
              {t('planner.sent', { done: sending.done, failed: sending.failed })}
            </p>
          )}
          <button
            type="button"
            className="btn btn--primary"
            disabled={(!!sending && !finished) || !message.trim()}
            onClick={() => void sendAll()}
          >
            {t('planner.sendAll', { count: total })}
          </button>
        </div>
      )}
    </section>
  );
}
