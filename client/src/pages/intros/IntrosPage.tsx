import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/hooks/auth.js';
import { useIntros } from '../../api/hooks/intros.js';
import { INTRO_STATUSES, type IntroBox } from '@ketnoi/contract';
import { oneOf } from '../../lib/codes.js';
import { EmptyState, ErrorState, Loading } from '../../components/States.js';
import { StatusSelect } from '../../components/StatusBadge.js';
import { IntroCard } from './IntroCard.js';

const BOXES: IntroBox[] = ['incoming', 'outgoing'];

export default function IntrosPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const box: IntroBox = params.get('box') === 'outgoing' ? 'outgoing' : 'incoming';
  const status = oneOf(INTRO_STATUSES, params.get('status'));
  const intros = useIntros(box, status);
  const items = intros.data?.pages.flatMap((page) => page.items) ?? [];

  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <div className="page">
      <h1>{t('intros.title')}</h1>
      <div className="toolbar">
        <div className="tabs" role="tablist" aria-label={t('intros.boxes')}>
          {BOXES.map((b) => (
            <button key={b} type="button" role="tab" className="tab" aria-selected={box === b} onClick={() => set('box', b)}>
              {t(`intros.box.${b}`)}
            </button>
          ))}
        </div>
        <StatusSelect
          label={t('intros.filterStatus')}
          statuses={INTRO_STATUSES}
          value={status ?? ''}
          onChange={(s) => set('status', s || null)}
          allLabel={t('common.all')}
        />
      </div>
      <section role="tabpanel" aria-live="polite">
        {intros.isPending ? (
          <Loading />
        ) : intros.isError ? (
          <ErrorState error={intros.error} onRetry={() => void intros.refetch()} />
        ) : items.length === 0 ? (
          <EmptyState title={t(`intros.empty.${box}`)} />
        ) : (
          <ul className="list" data-testid={`intro-list-${box}`}>
            {items.map((intro) => (
              <IntroCard key={intro.id} intro={intro} myProfileId={me?.profile?.id ?? null} />
            ))}
          </ul>
        )}
        {intros.hasNextPage && (
          <button type="button" className="btn btn--secondary btn--block" onClick={() => void intros.fetchNextPage()}>
            {t('common.loadMore')}
          </button>
        )}
      </section>
    </div>
  );
}
