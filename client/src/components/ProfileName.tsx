import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useProfile } from '../api/hooks/profiles.js';

/** A profile's name linked to its page, loaded by id (ids are all that intros/messages carry). */
export function ProfileName({ id, link = true }: { id: string; link?: boolean }) {
  const { t } = useTranslation();
  const { data, isError } = useProfile(id);
  const name = data?.name ?? (isError ? t('common.unknownProfile') : '…');
  return link ? <Link to={`/profiles/${encodeURIComponent(id)}`}>{name}</Link> : <>{name}</>;
}
