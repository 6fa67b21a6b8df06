import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/hooks/auth.js';
import { useNeeds } from '../../api/hooks/needs.js';
import { EmptyState, ItemsView } from '../../components/States.js';
import { NeedForm } from './NeedForm.js';
import { NeedsList } from './NeedsList.js';
import { CreateProfileNotice } from '../profile/CreateProfileNotice.js';

export default function NeedsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const profileId = me?.profile?.id;
  const isStartup = me?.user.role === 'startup';
  // Experts and providers see the open needs in their field (the server filters).
  const needs = useNeeds(isStartup ? { startupId: profileId } : { status: 'open' }, !!profileId);

  if (!profileId) {
    return (
      <div className="page">
        <h1>{t('needs.title')}</h1>
        <CreateProfileNotice reason={t('home.noProfile')} />
      </div>
    );
  }

  return (
    <div className="page">
      <h1>{isStartup ? t('needs.title') : t('needs.openTitle')}</h1>
      {isStartup && (
        <section aria-labelledby="new-need">
          <h2 id="new-need">{t('needs.new')}</h2>
          <p className="muted">{t('needs.lead')}</p>
          <NeedForm />
        </section>
      )}
      <section aria-labelledby="my-needs">
        <h2 id="my-needs">{isStartup ? t('needs.mine') : t('needs.inYourField')}</h2>
        <ItemsView query={needs} empty={<EmptyState title={t('needs.empty')} />}>
          {(items) => <NeedsList needs={items} editable={isStartup} />}
        </ItemsView>
      </section>
    </div>
  );
}
