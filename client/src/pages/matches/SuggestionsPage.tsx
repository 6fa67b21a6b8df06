import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/hooks/auth.js';
import { useMatches } from '../../api/hooks/matches.js';
import { EmptyState, ItemsView } from '../../components/States.js';
import { MatchList } from './MatchList.js';
import { CreateProfileNotice } from '../profile/CreateProfileNotice.js';
import { OpportunityMatches } from '../opportunities/OpportunityMatches.js';

/** Experts, investors and providers: startups they could help or invest in, ranked with reasons. */
export default function SuggestionsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const profileId = me?.profile?.id;
  // A startup is matched per need (/needs/:id); asking for startups like it only earns a refusal.
  const startup = me?.user.role === 'startup';
  const matches = useMatches(profileId && !startup ? { for: profileId, kind: 'startup', limit: 30 } : null);

  return (
    <div className="page">
      <h1>{t('suggestions.title')}</h1>
      <p className="muted">{t(`suggestions.lead.${me?.user.role ?? 'expert'}`)}</p>
      {startup ? (
        <p>
          <Link to="/needs">{t('suggestions.toNeeds')}</Link>
        </p>
      ) : !profileId ? (
        <CreateProfileNotice reason={t('suggestions.needProfile')} />
      ) : (
        <>
          <h2 className="visually-hidden">{t('suggestions.listHeading')}</h2>
          <ItemsView query={matches} empty={<EmptyState title={t('suggestions.empty')} hint={t('suggestions.emptyHint')} />}>
            {(items) => <MatchList matches={items} step={10} />}
          </ItemsView>
        </>
      )}
      {profileId && <OpportunityMatches profileId={profileId} />}
    </div>
  );
}
