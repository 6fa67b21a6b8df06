import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../api/hooks/auth.js';
import { useIntros } from '../../api/hooks/intros.js';
import { INTRO_STATUSES, type IntroBox } from '@ketnoi/contract';
import { oneOf } from '../../lib/codes.js';
import { useUrlParams } from '../../lib/useUrlParams.js';
import { EmptyState, PagedView, ListOf } from '../../components/States.js';
import { StatusSelect } from '../../components/StatusBadge.js';
import { Tabs } from '../../components/Tabs.js';
import { IntroCard } from './IntroCard.js';

const BOXES: IntroBox[] = ['incoming', 'outgoing'];

export default function IntrosPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const [params, update] = useUrlParams();
  const box: IntroBox = params.get('box') === 'outgoing' ? 'outgoing' : 'incoming';
  const status = oneOf(INTRO_STATUSES, params.get('status'));
  const intros = useIntros(box, status);

  /**
   * An empty box says where to go: every status, or where introductions begin for this person (a
   * founder's needs, the others' suggestions, staff's search), beside the other box.
   */
  const nextStep = () => {
    if (status)
      return (
        <button type="button" className="btn btn--secondary" onClick={() => update({ status: null })}>
          {t('intros.anyStatus')}
        </button>
      );
    const role = me?.user.role;
    const [to, label] =
      role === 'startup'
        ? ['/needs', t('intros.startFromNeed')]
        : role === 'expert' || role === 'investor' || role === 'provider'
          ? ['/suggestions', t('intros.startFromSuggestions')]
          : ['/search', t('intros.findPeople')];
    return (
      <div className="form__actions">
        <Link className="btn btn--primary" to={to}>
          {label}
        </Link>
        {box === 'incoming' && (
          <button type="button" className="btn btn--secondary" onClick={() => update({ box: 'outgoing' })}>
            {t('intros.showOutgoing')}
          </button>
        )}
      </div>
    );
  };

  return (
    <div className="page">
      <h1>{t('intros.title')}</h1>
      <div className="toolbar">
        <Tabs
          label={t('intros.boxes')}
          values={BOXES}
          selected={box}
          onSelect={(b) => update({ box: b })}
          labelOf={(b) => t(`intros.box.${b}`)}
        />
        <StatusSelect
          label={t('intros.filterStatus')}
          statuses={INTRO_STATUSES}
          value={status ?? ''}
          onChange={(s) => update({ status: s })}
          allLabel={t('common.all')}
        />
      </div>
      <section role="tabpanel" aria-live="polite">
        <PagedView query={intros} empty={<EmptyState title={t(`intros.empty.${box}`)}>{nextStep()}</EmptyState>}>
          {(items) => (
            <ListOf
              items={items}
              testId={`intro-list-${box}`}
              item={(intro) => <IntroCard key={intro.id} intro={intro} myProfileId={me?.profile?.id ?? null} />}
            />
          )}
        </PagedView>
      </section>
    </div>
  );
}
