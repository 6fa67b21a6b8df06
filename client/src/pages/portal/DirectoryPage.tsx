import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PROFILE_KINDS, type Profile } from '@ketnoi/contract';
import { useMe } from '../../api/hooks/auth.js';
import { useDirectory } from '../../api/hooks/profiles.js';
import { useLabels, type Labels } from '../../api/hooks/reference.js';
import { pageTitle, usePageTitle } from '../../app/pageTitle.js';
import { oneOf } from '../../lib/codes.js';
import { useUrlParams } from '../../lib/useUrlParams.js';
import { ProvinceSelect } from '../../components/ProvinceSelect.js';
import { PublicNav } from '../../components/PublicNav.js';
import { EmptyState, ItemsView, ListOf } from '../../components/States.js';
import { Tabs } from '../../components/Tabs.js';
import { OcopStars, ProfileLogo } from './Showcase.js';
import { usePortalProvince } from './province.js';

function DirectoryCard({ profile, labels, base }: { profile: Profile; labels: Labels; base: string }) {
  const stars = Math.max(0, ...(profile.products ?? []).map((p) => p.ocopStars ?? 0));
  return (
    <li className="card directory-card">
      <ProfileLogo profile={profile} size="small" />
      <div className="directory-card__body">
        <h3>
          <Link to={`${base}${encodeURIComponent(profile.id)}`}>{profile.name}</Link>
        </h3>
        {profile.headline && <p className="clamp">{profile.headline}</p>}
        <p className="muted directory-card__meta">
          {labels.province(profile.province)}
          {stars > 0 && (
            <>
              {' · '}
              <OcopStars stars={stars} />
            </>
          )}
        </p>
      </div>
    </li>
  );
}

/** /directory: the province's startups (or experts, investors, providers) as a showcase, for anyone. */
export default function DirectoryPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data: me } = useMe();
  const [params, update] = useUrlParams();
  const province = usePortalProvince();
  const kind = oneOf(PROFILE_KINDS, params.get('kind')) ?? 'startup';
  usePageTitle(pageTitle(t('portal.directory.title')));
  const directory = useDirectory({ kind, ...(province ? { province } : {}) });
  return (
    <div className="page page--wide public-page">
      <PublicNav province={province} />
      <h1>{t('portal.directory.title')}</h1>
      <Tabs
        label={t('portal.directory.kinds')}
        values={PROFILE_KINDS}
        selected={kind}
        onSelect={(k) => update({ kind: k })}
        labelOf={(k) => t(`portal.directory.kind.${k}`)}
      />
      <div className="toolbar">
        <ProvinceSelect
          label={t('fields.province')}
          value={province ?? ''}
          onChange={(code) => update({ province: code })}
          placeholder={t('portal.directory.allProvinces')}
        />
      </div>
      <h2 className="visually-hidden">{t(`portal.directory.kind.${kind}`)}</h2>
      <ItemsView
        query={directory}
        empty={
          <EmptyState
            title={t('portal.directory.empty')}
            hint={kind === 'startup' ? t('portal.directory.emptyStartups') : t('portal.directory.emptyHelpers')}
          />
        }
      >
        {(items) => (
          <ListOf
            items={items}
            className="directory-grid"
            item={(profile) => <DirectoryCard key={profile.id} profile={profile} labels={labels} base={me ? '/profiles/' : '/p/'} />}
          />
        )}
      </ItemsView>
    </div>
  );
}
