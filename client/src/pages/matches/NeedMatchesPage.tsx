import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/hooks/auth.js';
import { useNeed } from '../../api/hooks/needs.js';
import { useProfile } from '../../api/hooks/profiles.js';
import { useMatches } from '../../api/hooks/matches.js';
import { useLabels } from '../../api/hooks/reference.js';
import type { MatchKind, Need } from '@ketnoi/contract';
import { defaultKindFor } from '../../lib/kinds.js';
import { EmptyState, ItemsView, QueryView } from '../../components/States.js';
import { StatusBadge } from '../../components/StatusBadge.js';
import { ProfileName } from '../../components/ProfileName.js';
import { Tabs } from '../../components/Tabs.js';
import { formatDate } from '../../lib/format.js';
import { ConnectWith } from '../intros/ConnectAction.js';
import { NeedActions } from '../needs/NeedActions.js';
import { MatchList } from './MatchList.js';
import { LinkedText } from '../../components/LinkedText.js';

const KINDS: MatchKind[] = ['expert', 'provider', 'investor'];

function Matches({ need, startupId }: { need: Need; startupId: string }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<MatchKind>(defaultKindFor(need.category));
  const matches = useMatches({ for: startupId, needId: need.id, kind, limit: 20 });
  return (
    <section aria-labelledby="matches-title">
      <h2 id="matches-title">{t('matches.title')}</h2>
      <Tabs label={t('matches.kindTabs')} values={KINDS} selected={kind} onSelect={setKind} labelOf={(k) => t(`roles.plural.${k}`)} />
      <div role="tabpanel">
        <ItemsView query={matches} empty={<EmptyState title={t('matches.empty')} hint={t('matches.emptyHint')} />}>
          {(items) => <MatchList matches={items} needId={need.id} />}
        </ItemsView>
      </div>
    </section>
  );
}

/** A helper reading someone's need: ask to help, or answer the startup's request, naming the startup. */
function OfferHelp({ need }: { need: Need }) {
  const { t } = useTranslation();
  const startup = useProfile(need.startupId);
  return <ConnectWith other={{ id: need.startupId, name: startup.data?.name ?? t('needs.theStartup') }} needId={need.id} />;
}

export default function NeedMatchesPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const labels = useLabels();
  const { data: me } = useMe();
  const need = useNeed(id);
  const myProfileId = me?.profile?.id;

  return (
    <div className="page">
      <p>
        <Link to="/needs">← {t('needs.back')}</Link>
      </p>
      <QueryView query={need}>
        {(data) => {
          const isOwner = data.startupId === myProfileId;
          // Staff of the need's province may change it too (the server decides; this only offers it).
          const canEdit = isOwner || me?.user.role === 'admin' || (me?.user.role === 'staff' && me.user.province === data.province);
          return (
            <>
              <header className="card need-head">
                <p className="eyebrow">
                  {labels.category(data.category)} · {t(`urgency.${data.urgency}`)}
                </p>
                <h1>{data.title}</h1>
                <p className="prose">
                  <LinkedText>{data.description}</LinkedText>
                </p>
                <p className="muted">
                  {!isOwner && (
                    <>
                      <ProfileName id={data.startupId} /> ·{' '}
                    </>
                  )}
                  {labels.province(data.province)} · {formatDate(data.createdAt)} <StatusBadge status={data.status} />
                </p>
              </header>
              {canEdit && <NeedActions need={data} />}
              {isOwner ? (
                data.status === 'open' || data.status === 'in_progress' ? (
                  <Matches need={data} startupId={data.startupId} />
                ) : (
                  <p className="notice">{t('needs.inactive')}</p>
                )
              ) : (
                myProfileId && (
                  <section className="card">
                    <h2>{t('needs.offerHelp')}</h2>
                    <OfferHelp need={data} />
                  </section>
                )
              )}
            </>
          );
        }}
      </QueryView>
    </div>
  );
}
