import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ProfileSummary } from '@ketnoi/contract';
import { useProfile } from '../api/hooks/profiles.js';

/** A profile's name linked to its page, loaded by id: for resources that carry only the id (messages, needs). */
export function ProfileName({ id, link = true }: { id: string; link?: boolean }) {
  const { t } = useTranslation();
  const { data, isError } = useProfile(id);
  const name = data?.name ?? (isError ? t('common.unknownProfile') : '…');
  return link ? <Link to={`/profiles/${encodeURIComponent(id)}`}>{name}</Link> : <>{name}</>;
}

/** The name of a profile summary that came with its resource (intro parties, consultation sides): no request. */
export function ProfileLink({ profile, link = true }: { profile: ProfileSummary | null | undefined; link?: boolean }) {
  const { t } = useTranslation();
  if (!profile) return <>{t('common.unknownProfile')}</>;
  return link ? <Link to={`/profiles/${encodeURIComponent(profile.id)}`}>{profile.name}</Link> : <>{profile.name}</>;
}
